import type { TCommodity } from '../../../../shared/media';
import type { mediaCoverages, mediaReleases } from '../schema';
import { ACTUAL_NEWS, CLARIFICATIONS_BY_MONTH, type MonthTones, RELEASES_BY_MONTH } from './figures';
import { MONTH_ISSUES } from './issues';
import { ROUTINE_TOPICS } from './routine';
import { CITIES } from './names';
import { apportion, type Random } from './random';

type ReleaseRow = typeof mediaReleases.$inferInsert;
type CoverageRow = typeof mediaCoverages.$inferInsert;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 48 press releases (April's 10 the peak) and 18 clarifications (June's 4 the peak), about each month's issues. */
export function generateReleases(random: Random, staffId: string | null): ReleaseRow[] {
  const rows: ReleaseRow[] = [];
  let sp = 0;
  let pk = 0;
  for (let m = 1; m <= 12; m++) {
    const issues = MONTH_ISSUES[m] ?? [];
    const subjects = [
      ...issues.map((i) => ({ actions: i.actions, topics: i.topics, tags: i.tags.slice(0, 1), commodity: i.commodity })),
      ...ROUTINE_TOPICS.filter((t) => !t.months || t.months.includes(m)).map((t) => ({
        actions: t.actions,
        topics: t.topics,
        tags: [t.tag],
        commodity: t.commodity,
      })),
    ];
    const make = (kind: 'press_release' | 'clarification', k: number): ReleaseRow => {
      // The month's own issues come first: that is what the releases of a month were about.
      const subject = subjects[k % subjects.length]!;
      const number = kind === 'press_release' ? `SP-2021-${pad(++sp, 3)}` : `PK-2021-${pad(++pk, 3)}`;
      const title =
        kind === 'press_release'
          ? `Badan POM ${random.pick(subject.actions)}`
          : `Penjelasan Badan POM RI tentang ${random.pick(subject.topics)}`;
      const commodities: TCommodity[] = subject.commodity ? [subject.commodity] : [];
      return {
        id: random.uuid(),
        kind,
        number,
        date: `2021-${pad(m)}-${pad(random.int(1, 28))}`,
        title,
        commodities,
        issues: subject.tags,
        body: `${title}. Badan POM menyampaikan informasi ini sebagai bentuk pelayanan publik dan komitmen melindungi kesehatan masyarakat.`,
        link: `https://bpom-demo.example/${kind === 'press_release' ? 'siaran-pers' : 'penjelasan'}/${number.toLowerCase()}`,
        channels: kind === 'press_release' ? ['website', 'media_group', 'social_media'] : ['website', 'social_media'],
        createdBy: staffId,
      };
    };
    for (let k = 0; k < RELEASES_BY_MONTH[m - 1]!; k++) rows.push(make('press_release', k));
    for (let k = 0; k < CLARIFICATIONS_BY_MONTH[m - 1]!; k++) rows.push(make('clarification', k));
  }
  return rows;
}

const ACTIVITIES = [
  'Kunjungan Kerja Kepala BPOM ke {kota}',
  'Penandatanganan Nota Kesepahaman BPOM dengan Pemerintah Daerah {kota}',
  'Rapat Kerja BPOM dengan Komisi IX DPR RI',
  'Webinar Keamanan Pangan bagi UMKM {kota}',
  'Pemusnahan Barang Bukti Obat dan Makanan Ilegal di {kota}',
  'Pencanangan Gerakan Nasional Waspada Obat dan Makanan Ilegal di {kota}',
  'Penyerahan Sertifikat CPOB kepada Industri Farmasi',
  'Peluncuran Layanan Registrasi Daring',
  'Temu Media Pengawasan Obat dan Makanan',
  'Pertemuan Regulator Obat ASEAN secara Virtual',
];

/** 343 covered strategic activities that became actual news on the website, requested by the units. */
export function generateCoverage(random: Random, months: MonthTones[], unitIds: Record<string, string>, staffId: string | null) {
  const units = [
    'd1',
    'd2',
    'd3',
    'd4',
    'pusdatin',
    'hukor',
    'biro',
    'bbpom-jkt',
    'bbpom-bdg',
    'bbpom-sby',
    'bbpom-mdn',
    'bbpom-mks',
    'loka-bks',
  ]
    .map((k) => unitIds[k])
    .filter((id): id is string => !!id);
  const perMonth = apportion(
    ACTUAL_NEWS,
    months.map((m) => m.total),
  );
  const rows: CoverageRow[] = [];
  perMonth.forEach((count, i) => {
    for (let k = 0; k < count; k++) {
      const day = random.int(1, 27);
      const city = random.pick(CITIES);
      const activity = random.pick(ACTIVITIES).replaceAll('{kota}', city);
      const date = `2021-${pad(i + 1)}-${pad(day)}`;
      rows.push({
        id: random.uuid(),
        activityDate: date,
        activity,
        unitId: random.pick(units),
        location: city === 'Jakarta' ? 'in_city' : random.next() < 0.5 ? 'in_city' : 'out_of_city',
        place: city,
        serviceRequestRef: null,
        status: 'covered',
        newsTitle: activity,
        newsUrl: `https://bpom-demo.example/berita-aktual/2021-${pad(rows.length + 1, 3)}`,
        newsPublishedDate: `2021-${pad(i + 1)}-${pad(day + 1)}`,
        createdBy: staffId,
      });
    }
  });
  return rows;
}
