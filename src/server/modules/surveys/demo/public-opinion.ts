import type { TCreateStudyRequest } from '../../../../shared/surveys';

/** Where the demo's published figures come from: the bureau's 2021 annual report. */
export const REPORT_LINK = 'https://www.pom.go.id/laporan-tahunan/biro-kerja-sama-dan-humas-2021';

/**
 * The 2021 national public-opinion study (report, IKK4): a pollster's index, entered as its
 * aggregate results. The national index is the pollster's own (it is not the mean of the six
 * aspects, 82,36), so it is entered, never computed.
 */
export const PUBLIC_OPINION_2021: TCreateStudyRequest = {
  code: 'IOP-2021',
  title: 'Survei Indeks Opini Publik Masyarakat terhadap Badan POM dalam Rangka Pengelolaan Isu Tahun 2021',
  pollster: 'Lembaga survei mitra (tidak disebut dalam laporan)',
  year: 2021,
  index: 82.55,
  previousIndex: 79.6,
  respondents: 1601,
  marginOfErrorPct: 2.45,
  confidencePct: 95,
  method: 'Kuantitatif dan kualitatif, 34 provinsi, rumah tangga; satu anggota rumah tangga berusia 15–65 tahun dipilih acak sederhana.',
  aspects: [
    { code: 'kesehatan', name: { id: 'Kesehatan', en: 'Health' }, value: 83.13, previous: 81.58 },
    { code: 'pelayanan_publik', name: { id: 'Pelayanan Publik', en: 'Public service' }, value: 81.81, previous: 75.19 },
    { code: 'ekonomi', name: { id: 'Ekonomi', en: 'Economy' }, value: 82.06, previous: 80.93 },
    { code: 'penindakan', name: { id: 'Penindakan', en: 'Enforcement' }, value: 82.47, previous: 78.98 },
    { code: 'peraturan', name: { id: 'Peraturan', en: 'Regulation' }, value: 82.81, previous: 80.3 },
    { code: 'isu_obat_makanan', name: { id: 'Isu Obat dan Makanan', en: 'Food and drug issues' }, value: 81.9, previous: 77.6 },
  ],
  evidenceFileId: null,
  evidenceLink: REPORT_LINK,
  unitId: null,
};
