import type { TAnswers, TQuestionnaire, TText } from '../../../../shared/surveys';
import { seeded, shuffle } from './media';

/** The bureau's nine services the units rate each quarter (report, IKK5). */
export const INTERNAL_SERVICES: TText[] = [
  { id: 'Penyusunan MoU/PKS dalam negeri', en: 'Drafting domestic MoUs/agreements' },
  { id: 'Penyusunan MoU/PKS luar negeri', en: 'Drafting international MoUs/agreements' },
  {
    id: 'Penyusunan bahan kerja sama luar negeri (kertas posisi, talking points, dll)',
    en: 'Briefs for international cooperation (position papers, talking points)',
  },
  {
    id: 'Administrasi/persetujuan dan exit permit perjalanan dinas luar negeri',
    en: 'Approval and exit permits for official travel abroad',
  },
  { id: 'Export Consultation Desk (ECD)', en: 'Export Consultation Desk (ECD)' },
  { id: 'Monitoring pemberitaan terkait Obat dan Makanan', en: 'News monitoring on drugs and food' },
  { id: 'Permintaan peliputan kegiatan strategis BPOM', en: 'Coverage of BPOM’s strategic events' },
  { id: 'Publikasi kegiatan strategis BPOM pada media sosial resmi', en: 'Publication of strategic events on official social media' },
  { id: 'Permohonan wawancara dari media', en: 'Media interview requests' },
];

const SATISFACTION_LABELS: [TText, TText, TText, TText] = [
  { id: 'Tidak puas', en: 'Dissatisfied' },
  { id: 'Kurang puas', en: 'Somewhat dissatisfied' },
  { id: 'Puas', en: 'Satisfied' },
  { id: 'Sangat puas', en: 'Very satisfied' },
];

/** One Likert item per service, not required: a unit rates only the services it used. */
export function internalQuestionnaire(): TQuestionnaire {
  return {
    elements: INTERNAL_SERVICES.map((name, i) => ({ code: `L${i + 1}`, name })),
    sections: [
      {
        title: { id: 'Kepuasan atas layanan Biro Kerja Sama dan Humas', en: 'Satisfaction with the bureau’s services' },
        questions: [
          ...INTERNAL_SERVICES.map((name, i) => ({
            type: 'likert' as const,
            code: `L${i + 1}`,
            element: `L${i + 1}`,
            dimension: 'satisfaction' as const,
            text: { id: `Layanan ${name.id}`, en: `Service: ${name.en}` },
            labels: SATISFACTION_LABELS,
            required: false,
          })),
          {
            type: 'text' as const,
            code: 'saran',
            text: { id: 'Saran untuk biro', en: 'Suggestions to the bureau' },
            maxLength: 2000,
            required: false,
          },
        ],
      },
    ],
  };
}

/** Ratings below 4 in each quarter's 100 ratings: 19, 17, 15, 13 → 3,81; 3,83; 3,85; 3,87; the year 1.536/400 = 3,84. */
export const THREES_PER_QUARTER = [19, 17, 15, 13];
export const RATINGS_PER_QUARTER = 100;

/**
 * The twelve proposing units' responses of one quarter: four units rate all nine services and
 * eight rate eight (each skips one it did not use) — 4 × 9 + 8 × 8 = 100 ratings — all 4 except
 * the quarter's share of 3s, one pair of which is a 2 and a 4 (same sum, a real spread).
 */
export function internalResponses(quarter: number, unitCount: number): TAnswers[] {
  const random = seeded(5000 + quarter);
  const slots: { unit: number; service: number }[] = [];
  for (let u = 0; u < unitCount; u++) {
    const skip = u < 4 ? -1 : (u + quarter) % 9;
    for (let s = 0; s < 9; s++) if (s !== skip) slots.push({ unit: u, service: s });
  }
  if (slots.length !== RATINGS_PER_QUARTER) throw new Error(`expected ${RATINGS_PER_QUARTER} ratings, got ${slots.length}`);
  const values = Array<number>(slots.length).fill(4);
  const order = shuffle(
    slots.map((_, i) => i),
    random,
  );
  const threes = THREES_PER_QUARTER[quarter - 1]!;
  for (let k = 0; k < threes; k++) values[order[k]!] = 3;
  // One 3 becomes a 2 and another 3 a 4: the sum holds and the ratings spread.
  values[order[0]!] = 2;
  values[order[1]!] = 4;
  const out: TAnswers[] = Array.from({ length: unitCount }, () => ({}));
  slots.forEach((slot, i) => {
    out[slot.unit]![`L${slot.service + 1}`] = values[i]!;
  });
  return out;
}
