import type { TAnswers, TQuestion } from '../../../../shared/surveys';

/**
 * The 2021 media satisfaction survey (report, IKK3) as 71 respondents, and the 2020 survey it is
 * compared with. Every figure below comes from the reference data; how each of the report's
 * inconsistencies is resolved is in `README.md` beside this file.
 */

/** BPOM's 2021 order of the elements: facilities sixth (the regulation puts it last). */
export const MEDIA_ORDER = ['requirements', 'procedure', 'time', 'cost', 'product', 'facilities', 'competence', 'behaviour', 'complaints'];

export const RESPONDENTS_2021 = 71;
/** Satisfaction: Σ answers per element (U1…U9) — 1.959 in all, 1.959 / (71 × 9) × 25 = 76,64. */
export const SATISFACTION_SUMS_2021 = [218, 211, 206, 234, 213, 229, 211, 219, 218];
/** Expectation: the report's expectation index × 71 / 25, to the nearest whole answer. */
export const EXPECTATION_SUMS_2021 = [230, 240, 237, 242, 242, 246, 246, 244, 260];

export const RESPONDENTS_2020 = 60;
/** 1.565 / (60 × 9) × 25 = 72,45 (C), the 2020 index the report compares with. */
export const SATISFACTION_SUMS_2020 = [170, 172, 168, 185, 171, 180, 170, 176, 173];

interface Demographic {
  question: TQuestion & { type: 'single' };
  /** Respondents per option, in the options' order; they sum to 71. */
  counts: number[];
}

const single = (code: string, id: string, en: string, options: [string, string, string][]): TQuestion & { type: 'single' } => ({
  type: 'single',
  code,
  text: { id, en },
  options: options.map(([value, lid, len]) => ({ value, label: { id: lid, en: len } })),
  demographic: true,
  required: true,
});

/**
 * The report's demographic percentages are all multiples of 1/71: 57,7% = 41/71, 42,3% = 30/71,
 * 91,5% = 65/71, 5,6% = 4/71, 2,8% = 2/71, 64,8% = 46/71, 23,9% = 17/71. The options the report
 * does not give (other ages, print and radio, contract and freelance, years as a journalist) are
 * filled so that the stated shares stay the largest, as the report describes.
 */
export const MEDIA_DEMOGRAPHICS: Demographic[] = [
  {
    question: single('jk', 'Jenis kelamin', 'Sex', [
      ['p', 'Perempuan', 'Female'],
      ['l', 'Laki-laki', 'Male'],
    ]),
    counts: [41, 30],
  },
  {
    question: single('usia', 'Usia', 'Age', [
      ['u25', '≤ 25 tahun', '25 or younger'],
      ['u26_35', '26–35 tahun', '26–35'],
      ['u36_45', '36–45 tahun', '36–45'],
      ['u46', '≥ 46 tahun', '46 or older'],
    ]),
    counts: [12, 41, 13, 5],
  },
  {
    question: single('pendidikan', 'Pendidikan terakhir', 'Education', [
      ['slta', 'SLTA atau sebelumnya', 'Secondary school or less'],
      ['diploma', 'Diploma (D1–D3)', 'Diploma (D1–D3)'],
      ['s1', 'Sarjana (D4/S1)', 'Bachelor (D4/S1)'],
    ]),
    counts: [2, 4, 65],
  },
  {
    question: single('media', 'Jenis media tempat bekerja', 'Kind of media', [
      ['online', 'Media daring', 'Online'],
      ['tv', 'Televisi', 'Television'],
      ['cetak', 'Media cetak', 'Print'],
      ['radio', 'Radio', 'Radio'],
    ]),
    counts: [46, 17, 5, 3],
  },
  {
    question: single('status', 'Status kepegawaian', 'Employment', [
      ['tetap', 'Karyawan tetap', 'Permanent employee'],
      ['kontrak', 'Karyawan kontrak', 'Contract'],
      ['lepas', 'Kontributor/lepas', 'Freelance'],
    ]),
    counts: [46, 15, 10],
  },
  {
    question: single('masa', 'Lama menjadi jurnalis', 'Years as a journalist', [
      ['k3', '< 3 tahun', 'Under 3 years'],
      ['t3_5', '3–5 tahun', '3–5 years'],
      ['l5', '> 5 tahun', 'Over 5 years'],
    ]),
    counts: [37, 18, 16],
  },
];

/** A small deterministic generator (LCG): the same demo every time, without a library. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * n answers 1–4 summing to `sum`: mostly 3s, the difference made with 4s (or 2s), plus a few
 * 2-and-4 pairs so the answers spread as real ones do; shuffled. Every answer stays within 1–4.
 */
export function answersWithSum(n: number, sum: number, random: () => number, spread = 6): number[] {
  const diff = sum - 3 * n;
  if (Math.abs(diff) > n) throw new RangeError(`cannot reach ${sum} with ${n} answers`);
  const pairs = Math.max(0, Math.min(spread, Math.floor((n - Math.abs(diff)) / 2)));
  const fours = Math.max(diff, 0) + pairs;
  const twos = Math.max(-diff, 0) + pairs;
  const values = [...Array(fours).fill(4), ...Array(twos).fill(2), ...Array(n - fours - twos).fill(3)];
  return shuffle(values, random);
}

/** The 71 answer sets of 2021: demographics, satisfaction U1…U9 and expectation H1…H9. */
export function mediaResponses2021(): TAnswers[] {
  const random = seeded(2021);
  const demographics = MEDIA_DEMOGRAPHICS.map((d) =>
    shuffle(
      d.counts.flatMap((n, i) => Array(n).fill(d.question.options[i]!.value) as string[]),
      random,
    ),
  );
  const satisfaction = SATISFACTION_SUMS_2021.map((sum) => answersWithSum(RESPONDENTS_2021, sum, random));
  const expectation = EXPECTATION_SUMS_2021.map((sum) => answersWithSum(RESPONDENTS_2021, sum, random));
  return Array.from({ length: RESPONDENTS_2021 }, (_, r) => {
    const answers: TAnswers = {};
    MEDIA_DEMOGRAPHICS.forEach((d, k) => {
      answers[d.question.code] = demographics[k]![r]!;
    });
    satisfaction.forEach((values, i) => {
      answers[`U${i + 1}`] = values[r]!;
    });
    expectation.forEach((values, i) => {
      answers[`H${i + 1}`] = values[r]!;
    });
    return answers;
  });
}

export function mediaResponses2020(): TAnswers[] {
  const random = seeded(2020);
  const satisfaction = SATISFACTION_SUMS_2020.map((sum) => answersWithSum(RESPONDENTS_2020, sum, random));
  return Array.from({ length: RESPONDENTS_2020 }, (_, r) => {
    const answers: TAnswers = {};
    satisfaction.forEach((values, i) => {
      answers[`U${i + 1}`] = values[r]!;
    });
    return answers;
  });
}
