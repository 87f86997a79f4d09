import type { TQuestion, TQuestionnaire, TText } from '../../../shared/surveys';

/**
 * The nine elements (unsur) of Peraturan Menteri PANRB Nomor 14 Tahun 2017, in the regulation's
 * order, each with the question and the four answers its example questionnaire gives (1 worst,
 * 4 best). A survey may reorder them: BPOM's 2021 media survey put facilities sixth.
 */
export const SKM_ELEMENTS: { key: string; name: TText; question: TText; labels: [TText, TText, TText, TText] }[] = [
  {
    key: 'requirements',
    name: { id: 'Persyaratan Pelayanan', en: 'Service requirements' },
    question: {
      id: 'Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      en: 'How well do the service requirements fit the kind of service?',
    },
    labels: [
      { id: 'Tidak sesuai', en: 'Not appropriate' },
      { id: 'Kurang sesuai', en: 'Somewhat inappropriate' },
      { id: 'Sesuai', en: 'Appropriate' },
      { id: 'Sangat sesuai', en: 'Very appropriate' },
    ],
  },
  {
    key: 'procedure',
    name: { id: 'Sistem, Mekanisme dan Prosedur', en: 'System, mechanism and procedure' },
    question: { id: 'Bagaimana kemudahan prosedur pelayanan di unit ini?', en: 'How easy is the service procedure here?' },
    labels: [
      { id: 'Tidak mudah', en: 'Not easy' },
      { id: 'Kurang mudah', en: 'Somewhat difficult' },
      { id: 'Mudah', en: 'Easy' },
      { id: 'Sangat mudah', en: 'Very easy' },
    ],
  },
  {
    key: 'time',
    name: { id: 'Jangka Waktu Pelayanan', en: 'Service time' },
    question: { id: 'Bagaimana kecepatan waktu dalam memberikan pelayanan?', en: 'How fast is the service given?' },
    labels: [
      { id: 'Tidak cepat', en: 'Not fast' },
      { id: 'Kurang cepat', en: 'Somewhat slow' },
      { id: 'Cepat', en: 'Fast' },
      { id: 'Sangat cepat', en: 'Very fast' },
    ],
  },
  {
    key: 'cost',
    name: { id: 'Biaya/Tarif Pelayanan', en: 'Cost/tariff' },
    question: { id: 'Bagaimana kewajaran biaya/tarif dalam pelayanan?', en: 'How fair is the cost of the service?' },
    labels: [
      { id: 'Sangat mahal', en: 'Very expensive' },
      { id: 'Cukup mahal', en: 'Rather expensive' },
      { id: 'Murah', en: 'Cheap' },
      { id: 'Gratis', en: 'Free' },
    ],
  },
  {
    key: 'product',
    name: { id: 'Produk/Spesifikasi Jenis Pelayanan', en: 'Product specification' },
    question: {
      id: 'Bagaimana kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      en: 'How well does the service delivered match the service standard?',
    },
    labels: [
      { id: 'Tidak sesuai', en: 'Not matching' },
      { id: 'Kurang sesuai', en: 'Somewhat matching' },
      { id: 'Sesuai', en: 'Matching' },
      { id: 'Sangat sesuai', en: 'Fully matching' },
    ],
  },
  {
    key: 'competence',
    name: { id: 'Kompetensi Pelaksana', en: 'Staff competence' },
    question: { id: 'Bagaimana kompetensi/kemampuan petugas dalam pelayanan?', en: 'How competent are the staff?' },
    labels: [
      { id: 'Tidak kompeten', en: 'Not competent' },
      { id: 'Kurang kompeten', en: 'Somewhat competent' },
      { id: 'Kompeten', en: 'Competent' },
      { id: 'Sangat kompeten', en: 'Very competent' },
    ],
  },
  {
    key: 'behaviour',
    name: { id: 'Perilaku Pelaksana', en: 'Staff behaviour' },
    question: { id: 'Bagaimana kesopanan dan keramahan petugas dalam pelayanan?', en: 'How polite and friendly are the staff?' },
    labels: [
      { id: 'Tidak sopan dan ramah', en: 'Not polite or friendly' },
      { id: 'Kurang sopan dan ramah', en: 'Somewhat polite and friendly' },
      { id: 'Sopan dan ramah', en: 'Polite and friendly' },
      { id: 'Sangat sopan dan ramah', en: 'Very polite and friendly' },
    ],
  },
  {
    key: 'complaints',
    name: { id: 'Penanganan Pengaduan, Saran dan Masukan', en: 'Handling of complaints, suggestions and feedback' },
    question: { id: 'Bagaimana penanganan pengaduan pengguna layanan?', en: 'How are complaints of service users handled?' },
    labels: [
      { id: 'Tidak ada', en: 'None' },
      { id: 'Ada tetapi tidak berfungsi', en: 'Exists but does not work' },
      { id: 'Berfungsi kurang maksimal', en: 'Works, not fully' },
      { id: 'Dikelola dengan baik', en: 'Well managed' },
    ],
  },
  {
    key: 'facilities',
    name: { id: 'Sarana Prasarana', en: 'Facilities' },
    question: { id: 'Bagaimana kualitas sarana dan prasarana?', en: 'How good are the facilities?' },
    labels: [
      { id: 'Buruk', en: 'Poor' },
      { id: 'Cukup', en: 'Fair' },
      { id: 'Baik', en: 'Good' },
      { id: 'Sangat baik', en: 'Very good' },
    ],
  },
];

const IMPORTANCE: [TText, TText, TText, TText] = [
  { id: 'Tidak penting', en: 'Not important' },
  { id: 'Kurang penting', en: 'Somewhat important' },
  { id: 'Penting', en: 'Important' },
  { id: 'Sangat penting', en: 'Very important' },
];

/**
 * A questionnaire of the regulation's elements in the given order (keys of SKM_ELEMENTS),
 * numbered U1…Un in that order, with an expectation item beside each when asked, then the
 * demographic questions given.
 */
export function skmQuestionnaire(
  order: string[] = SKM_ELEMENTS.map((e) => e.key),
  options: { expectations?: boolean; demographics?: TQuestion[] } = {},
): TQuestionnaire {
  const elements = order.map((key, i) => {
    const e = SKM_ELEMENTS.find((x) => x.key === key);
    if (!e) throw new Error(`unknown SKM element ${key}`);
    return { code: `U${i + 1}`, e };
  });
  const satisfaction: TQuestion[] = elements.map(({ code, e }) => ({
    type: 'likert',
    code,
    element: code,
    dimension: 'satisfaction',
    text: e.question,
    labels: e.labels,
    required: true,
  }));
  const expectation: TQuestion[] = elements.map(({ code, e }) => ({
    type: 'likert',
    code: `H${code.slice(1)}`,
    element: code,
    dimension: 'expectation',
    text: {
      id: `Seberapa penting bagi Anda: ${e.name.id.toLowerCase()}?`,
      en: `How important is this to you: ${e.name.en.toLowerCase()}?`,
    },
    labels: IMPORTANCE,
    required: true,
  }));
  const sections: TQuestionnaire['sections'] = [];
  if (options.demographics?.length) sections.push({ title: { id: 'Profil responden', en: 'About you' }, questions: options.demographics });
  sections.push({ title: { id: 'Kepuasan atas pelayanan', en: 'Satisfaction with the service' }, questions: satisfaction });
  if (options.expectations)
    sections.push({ title: { id: 'Harapan atas pelayanan', en: 'Expectations of the service' }, questions: expectation });
  sections.push({
    title: { id: 'Saran', en: 'Suggestions' },
    questions: [
      {
        type: 'text',
        code: 'saran',
        text: { id: 'Saran dan masukan untuk perbaikan layanan', en: 'Suggestions to improve the service' },
        maxLength: 2000,
        required: false,
      },
    ],
  });
  return { elements: elements.map(({ code, e }) => ({ code, name: e.name })), sections };
}
