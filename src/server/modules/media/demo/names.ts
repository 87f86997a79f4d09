import type { TMediaType } from '../../../../shared/media';

/**
 * The demo's outlets, journalists and places. The outlets are invented (their sites are under the
 * reserved `.example` domain): the demo's headlines are generated, and no real newsroom should
 * appear to have published them.
 */
export interface DemoOutlet {
  name: string;
  type: TMediaType;
  region: string;
  domain: string;
  /** Relative share of its type's items. */
  weight: number;
}

const online = (name: string, weight: number, region = 'Nasional'): DemoOutlet => ({
  name,
  type: 'online',
  region,
  weight,
  domain: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`,
});
const other = (name: string, type: TMediaType, weight: number, region = 'Nasional'): DemoOutlet => ({
  name,
  type,
  region,
  weight,
  domain: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`,
});

export const DEMO_OUTLETS: DemoOutlet[] = [
  online('Lintas Warta', 9),
  online('Kabar Sepekan', 8),
  online('Warta Nusa Online', 8),
  online('Berita Katulistiwa', 7),
  online('Suara Nusantara Daring', 7),
  online('Info Sehat Kita', 6),
  online('Kanal Berita 24', 6),
  online('Jurnal Negeri', 5),
  online('Pelita Daring', 5),
  online('Tribuna Rakyat', 5),
  online('Detak Kota', 4),
  online('Ruang Publik News', 4),
  online('Kabar Bisnis Nusa', 4),
  online('Sorot Kesehatan', 4),
  online('Cakrawala News', 3),
  online('Mata Publik', 3),
  online('Gema Andalas', 2, 'Sumatera Utara'),
  online('Kabar Priangan Daring', 2, 'Jawa Barat'),
  online('Suara Brantas', 2, 'Jawa Timur'),
  online('Warta Celebes', 2, 'Sulawesi Selatan'),
  online('Bekasi Terkini', 1, 'Jawa Barat'),
  online('Semarang Hari Ini', 1, 'Jawa Tengah'),
  online('Borneo Update', 1, 'Kalimantan Timur'),
  online('Bali Kabar', 1, 'Bali'),
  other('Harian Pelita Pagi', 'print', 5),
  other('Koran Nusa Raya', 'print', 4),
  other('Harian Ekonomi Nusantara', 'print', 3),
  other('Surat Kabar Andalas', 'print', 2, 'Sumatera Utara'),
  other('Harian Priangan', 'print', 2, 'Jawa Barat'),
  other('Jawa Pos Timur Raya', 'print', 2, 'Jawa Timur'),
  other('Majalah Sehat Keluarga', 'print', 1),
  other('Nusa TV', 'tv', 5),
  other('Kanal Satu TV', 'tv', 4),
  other('Metro Nusa TV', 'tv', 3),
  other('Televisi Rakyat', 'tv', 2),
  other('Radio Suara Kota', 'radio', 3),
  other('Radio Warta FM', 'radio', 2),
  other('Radio Kesehatan 99', 'radio', 1),
];

export const FIRST_NAMES = [
  'Andi',
  'Budi',
  'Citra',
  'Dian',
  'Eka',
  'Fajar',
  'Gita',
  'Hadi',
  'Indah',
  'Joko',
  'Kartika',
  'Lina',
  'Maya',
  'Nanda',
  'Oki',
  'Putri',
  'Rizki',
  'Sari',
  'Teguh',
  'Umi',
  'Wahyu',
  'Yanti',
  'Zainal',
  'Rina',
  'Arif',
  'Bayu',
  'Dewanti',
  'Galih',
];
export const LAST_NAMES = [
  'Saputra',
  'Wijaya',
  'Lestari',
  'Nugroho',
  'Siregar',
  'Hasibuan',
  'Pratiwi',
  'Kusuma',
  'Rahman',
  'Halim',
  'Utami',
  'Santoso',
  'Purba',
  'Damanik',
  'Setiadi',
  'Anggraini',
  'Ramadhan',
  'Maharani',
  'Simanjuntak',
  'Permana',
];

/** Cities with a regional office, for regional stories. */
export const CITIES = [
  'Jakarta',
  'Bandung',
  'Surabaya',
  'Medan',
  'Makassar',
  'Semarang',
  'Yogyakarta',
  'Denpasar',
  'Palembang',
  'Padang',
  'Pekanbaru',
  'Banjarmasin',
  'Pontianak',
  'Samarinda',
  'Manado',
  'Kupang',
  'Mataram',
  'Ambon',
  'Jayapura',
  'Bekasi',
  'Bogor',
  'Tangerang',
  'Serang',
  'Jambi',
  'Bengkulu',
  'Lampung',
  'Palu',
  'Kendari',
  'Gorontalo',
  'Mamuju',
];

export const SPOKESPERSONS = [
  'Kepala BPOM',
  'Plt. Deputi Bidang Pengawasan Obat, Narkotika, Psikotropika, Prekursor, dan Zat Adiktif',
  'Deputi Bidang Pengawasan Obat Tradisional, Suplemen Kesehatan, dan Kosmetik',
  'Deputi Bidang Pengawasan Pangan Olahan',
  'Deputi Bidang Penindakan',
  'Kepala Biro Kerja Sama dan Hubungan Masyarakat',
  'Juru Bicara Vaksinasi BPOM',
];
