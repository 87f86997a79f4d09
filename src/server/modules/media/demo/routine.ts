import type { TCommodity } from '../../../../shared/media';

/** Routine coverage all year round (the rest of each month's items), with regional stories. */
export interface RoutineTopic {
  tag: string;
  commodity: TCommodity | null;
  /** Months it runs in (default all). */
  months?: number[];
  weight: number;
  topics: string[];
  actions: string[];
  /** Regional headlines; `{kota}` a city with a regional office, `{n}` a number. */
  regional: string[];
}

export const ROUTINE_TOPICS: RoutineTopic[] = [
  {
    tag: 'Obat Ilegal',
    commodity: 'obat',
    weight: 4,
    topics: ['Peredaran Obat Ilegal', 'Obat Keras tanpa Izin Edar', 'Penjualan Obat Daring Ilegal'],
    actions: ['Berantas Peredaran Obat Ilegal', 'Tutup Ratusan Situs Penjual Obat Ilegal', 'Perketat Pengawasan Obat Daring'],
    regional: [
      'BBPOM di {kota} Sita Obat Ilegal Senilai Rp{n} Juta',
      'BPOM Temukan {n} Ribu Butir Obat Ilegal di {kota}',
      'Gudang Obat Tanpa Izin di {kota} Digerebek BPOM',
    ],
  },
  {
    tag: 'Kosmetik Ilegal',
    commodity: 'kosmetik',
    weight: 3,
    topics: ['Kosmetik Mengandung Merkuri', 'Kosmetik tanpa Izin Edar', 'Krim Pemutih Berbahaya'],
    actions: ['Tarik Kosmetik Mengandung Merkuri', 'Musnahkan Kosmetik Ilegal', 'Ingatkan Bahaya Krim Pemutih'],
    regional: [
      'BBPOM di {kota} Amankan {n} Kemasan Kosmetik Ilegal',
      'Pabrik Kosmetik Rumahan di {kota} Digerebek BPOM',
      'Razia Kosmetik di Pasar {kota}, BPOM Temukan Produk Berbahaya',
    ],
  },
  {
    tag: 'Keamanan Pangan',
    commodity: 'pangan_olahan',
    weight: 4,
    topics: ['Pangan Mengandung Formalin', 'Keamanan Pangan Jajanan Anak Sekolah', 'Label Pangan Olahan'],
    actions: ['Uji Sampel Pangan di Pasar Tradisional', 'Awasi Pangan Jajanan Anak Sekolah', 'Perketat Aturan Label Pangan Olahan'],
    regional: [
      'BBPOM di {kota} Uji {n} Sampel Pangan di Pasar Tradisional',
      'BPOM Temukan Pangan Berformalin di {kota}',
      'Sidak Pangan Kedaluwarsa di Swalayan {kota}',
    ],
  },
  {
    tag: 'Takjil Ramadan',
    commodity: 'pangan_olahan',
    months: [4, 5],
    weight: 6,
    topics: ['Keamanan Takjil Ramadan', 'Pengawasan Pangan Selama Ramadan', 'Parsel Lebaran'],
    actions: ['Uji Takjil Jelang Berbuka', 'Intensifkan Pengawasan Pangan Ramadan', 'Periksa Parsel Lebaran'],
    regional: [
      'BBPOM di {kota} Uji Takjil, {n} Sampel Dinyatakan Aman',
      'Jelang Berbuka, BPOM Periksa Takjil di {kota}',
      'BPOM Temukan Takjil Mengandung Rhodamin B di {kota}',
    ],
  },
  {
    tag: 'Obat Tradisional',
    commodity: 'obat_tradisional',
    weight: 2,
    topics: ['Pengembangan Jamu', 'Obat Herbal Terstandar', 'Fitofarmaka'],
    actions: ['Dorong Pengembangan Jamu Jadi Fitofarmaka', 'Percepat Registrasi Obat Herbal', 'Dampingi Industri Jamu'],
    regional: ['BBPOM di {kota} Edukasi {n} Pelaku Usaha Jamu', 'Pelaku Usaha Jamu {kota} Dapat Pendampingan BPOM'],
  },
  {
    tag: 'UMKM Pangan',
    commodity: 'pangan_olahan',
    weight: 3,
    topics: ['Pendampingan UMKM Pangan', 'Izin Edar Produk UMKM', 'Sertifikasi Produk UMKM'],
    actions: ['Dampingi UMKM Raih Izin Edar', 'Permudah Izin Edar Produk UMKM', 'Beri Fasilitas Sertifikasi Gratis bagi UMKM'],
    regional: ['BPOM Dampingi {n} UMKM {kota} Raih Izin Edar', 'Pelaku UMKM {kota} Ikuti Bimtek Keamanan Pangan BPOM'],
  },
  {
    tag: 'Obat COVID-19',
    commodity: 'obat',
    weight: 2,
    topics: ['Obat Terapi COVID-19', 'Ketersediaan Obat Terapi COVID-19', 'EUA Obat Favipiravir dan Remdesivir'],
    actions: ['Terbitkan EUA Obat Terapi COVID-19', 'Awasi Harga dan Distribusi Obat COVID-19', 'Tindak Penjual Obat COVID-19 Palsu'],
    regional: [
      'BBPOM di {kota} Pantau Ketersediaan Obat COVID-19 di {n} Apotek',
      'Apotek di {kota} Kedapatan Jual Obat COVID-19 di Atas HET',
    ],
  },
  {
    tag: 'Pelayanan Publik',
    commodity: null,
    weight: 2,
    topics: ['Layanan Registrasi Produk', 'Layanan Pengaduan Konsumen', 'Reformasi Birokrasi BPOM'],
    actions: ['Percepat Layanan Registrasi secara Daring', 'Buka Layanan Pengaduan 24 Jam', 'Luncurkan Aplikasi Cek Produk'],
    regional: ['BBPOM di {kota} Raih Predikat Wilayah Bebas dari Korupsi', 'Layanan Pengaduan BBPOM di {kota} Catat {n} Laporan'],
  },
  {
    tag: 'Kerja Sama',
    commodity: null,
    weight: 1,
    topics: ['Kerja Sama Pengawasan Obat dan Makanan', 'Kerja Sama Regulator Obat ASEAN', 'Kerja Sama Selatan-Selatan'],
    actions: [
      'Perkuat Kerja Sama dengan Otoritas Obat Negara Sahabat',
      'Teken Nota Kesepahaman dengan Pemerintah Daerah',
      'Bagi Pengalaman Regulasi Vaksin kepada Negara Mitra',
    ],
    regional: ['BPOM dan Pemerintah Kota {kota} Teken Kerja Sama Pengawasan Pangan', 'BBPOM di {kota} Gandeng {n} Pasar Jadi Pasar Aman'],
  },
  {
    tag: 'Iklan Produk Kesehatan',
    commodity: 'suplemen_kesehatan',
    weight: 2,
    topics: ['Iklan Suplemen yang Menyesatkan', 'Promosi Produk Kesehatan di Media Sosial', 'Klaim Berlebihan Suplemen Kesehatan'],
    actions: [
      'Tertibkan Iklan Suplemen Menyesatkan',
      'Turunkan Ribuan Tautan Promosi Produk Ilegal',
      'Awasi Klaim Suplemen Penangkal COVID-19',
    ],
    regional: ['BBPOM di {kota} Temukan {n} Iklan Suplemen Menyesatkan', 'Influencer di {kota} Ditegur BPOM karena Promosi Suplemen'],
  },
];
