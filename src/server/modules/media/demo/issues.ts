import type { TCommodity } from '../../../../shared/media';

/**
 * The month's prominent issues of 2021 (reference JSON `media.monthly_issues`, report section
 * E.1), as the demo writes news about them: the issue tags an item carries, the day its coverage
 * peaks, and the noun phrases (topics) and agency actions its headlines are made of.
 */
export interface DemoIssue {
  tags: string[];
  /** The day of the month the coverage peaks (the early-warning check expects a spike there). */
  onset: number;
  /** Share among the month's issue items. */
  weight: number;
  commodity: TCommodity | null;
  topics: string[];
  actions: string[];
  /** Controversial: the month's negative items are about these first. */
  polemic?: boolean;
}

const VAKSIN = 'Vaksin COVID-19';

export const MONTH_ISSUES: Record<number, DemoIssue[]> = {
  1: [
    {
      tags: ['EUA Vaksin Sinovac', VAKSIN],
      onset: 11,
      weight: 3,
      commodity: 'obat',
      topics: [
        'EUA Vaksin CoronaVac',
        'Izin Penggunaan Darurat Vaksin Sinovac',
        'Efikasi Vaksin CoronaVac 65,3 Persen',
        'Hasil Uji Klinik Vaksin Sinovac di Bandung',
      ],
      actions: [
        'Terbitkan EUA Vaksin CoronaVac',
        'Izinkan Penggunaan Darurat Vaksin Sinovac',
        'Umumkan Efikasi Vaksin CoronaVac',
        'Rampungkan Evaluasi Vaksin Sinovac',
      ],
    },
    {
      tags: ['Vaksinasi Perdana', VAKSIN],
      onset: 13,
      weight: 2,
      commodity: 'obat',
      topics: ['Vaksinasi COVID-19 Perdana', 'Keamanan Vaksin bagi Tenaga Kesehatan', 'Kejadian Ikutan Pasca-Imunisasi Tahap Pertama'],
      actions: ['Kawal Vaksinasi Perdana', 'Pantau KIPI Vaksinasi Tahap Pertama', 'Pastikan Mutu Vaksin yang Disuntikkan'],
    },
  ],
  2: [
    {
      tags: ['Vaksin untuk Lansia', VAKSIN],
      onset: 7,
      weight: 3,
      commodity: 'obat',
      topics: ['Vaksin CoronaVac untuk Lansia', 'Penggunaan Vaksin Sinovac bagi Lansia', 'Interval Dosis Vaksin untuk Lansia'],
      actions: ['Izinkan Vaksin CoronaVac untuk Lansia', 'Terbitkan EUA Vaksin bagi Lansia', 'Tetapkan Interval Dosis Vaksin Lansia'],
    },
    {
      tags: ['Vaksin Bio Farma', VAKSIN],
      onset: 16,
      weight: 2,
      commodity: 'obat',
      topics: ['Vaksin COVID-19 Produksi Bio Farma', 'Bahan Baku Vaksin Bio Farma', 'Produksi Vaksin di Dalam Negeri'],
      actions: [
        'Terbitkan EUA Vaksin Produksi Bio Farma',
        'Audit Fasilitas Produksi Vaksin Bio Farma',
        'Uji Mutu Vaksin Produksi Bio Farma',
      ],
    },
  ],
  3: [
    {
      tags: ['AstraZeneca', VAKSIN],
      onset: 16,
      weight: 3,
      commodity: 'obat',
      polemic: true,
      topics: ['Vaksin AstraZeneca', 'Isu Pembekuan Darah Vaksin AstraZeneca', 'Penggunaan Vaksin AstraZeneca di Indonesia'],
      actions: [
        'Tunda Sementara Penggunaan Vaksin AstraZeneca',
        'Kaji Laporan Pembekuan Darah Vaksin AstraZeneca',
        'Izinkan Kembali Vaksin AstraZeneca',
      ],
    },
    {
      tags: ['Vaksin Nusantara'],
      onset: 10,
      weight: 2,
      commodity: 'obat',
      polemic: true,
      topics: ['Izin Uji Klinik Vaksin Nusantara', 'Vaksin Nusantara', 'Rapat Komisi IX DPR soal Vaksin Nusantara'],
      actions: [
        'Paparkan Hasil Inspeksi Vaksin Nusantara di DPR',
        'Jelaskan Status Uji Klinik Vaksin Nusantara',
        'Belum Izinkan Uji Klinik Fase II Vaksin Nusantara',
      ],
    },
  ],
  4: [
    {
      tags: ['Vaksin Nusantara'],
      onset: 14,
      weight: 3,
      commodity: 'obat',
      polemic: true,
      topics: ['Polemik Vaksin Nusantara', 'Uji Klinik Vaksin Nusantara terhadap Anggota DPR', 'Data Uji Klinik Vaksin Nusantara'],
      actions: [
        'Tegaskan Vaksin Nusantara Belum Penuhi Kaidah Uji Klinik',
        'Hentikan Sementara Uji Klinik Vaksin Nusantara',
        'Minta Tim Vaksin Nusantara Perbaiki Data',
      ],
    },
    {
      tags: ['MoU Vaksin Nusantara'],
      onset: 19,
      weight: 2,
      commodity: 'obat',
      topics: [
        'Nota Kesepahaman Vaksin Nusantara',
        'Penelitian Berbasis Pelayanan Vaksin Nusantara',
        'Kesepakatan Kemenkes, BPOM dan TNI AD',
      ],
      actions: ['Teken Nota Kesepahaman dengan Kemenkes dan TNI AD', 'Sepakati Vaksin Nusantara Jadi Penelitian Berbasis Pelayanan'],
    },
  ],
  5: [
    {
      tags: ['AstraZeneca CTMAV547', VAKSIN],
      onset: 16,
      weight: 3,
      commodity: 'obat',
      polemic: true,
      topics: ['Vaksin AstraZeneca Batch CTMAV547', 'Uji Toksisitas dan Sterilitas Vaksin AstraZeneca', 'KIPI Vaksin AstraZeneca'],
      actions: [
        'Uji Toksisitas dan Sterilitas Batch CTMAV547',
        'Pastikan Mutu Batch CTMAV547 Tak Terkait KIPI',
        'Umumkan Hasil Uji Batch CTMAV547',
      ],
    },
  ],
  6: [
    {
      tags: ['BPA Galon AMDK'],
      onset: 9,
      weight: 2,
      commodity: 'pangan_olahan',
      polemic: true,
      topics: ['Kandungan BPA pada Galon Air Minum', 'Bisfenol A pada Kemasan Galon', 'Label BPA pada Galon Guna Ulang'],
      actions: [
        'Kaji Aturan Pelabelan BPA pada Galon',
        'Uji Migrasi BPA dari Galon Polikarbonat',
        'Pastikan Galon Air Minum Aman Digunakan',
      ],
    },
    {
      tags: ['Produk Nestle'],
      onset: 3,
      weight: 1,
      commodity: 'pangan_olahan',
      polemic: true,
      topics: ['Isu Produk Nestle Tidak Sehat', 'Keamanan Produk Nestle di Indonesia', 'Dokumen Internal Nestle'],
      actions: ['Pastikan Produk Nestle yang Beredar Penuhi Standar', 'Tanggapi Isu Produk Nestle Tidak Sehat'],
    },
    {
      tags: ['Ivermectin', 'Obat COVID-19'],
      onset: 22,
      weight: 3,
      commodity: 'obat',
      polemic: true,
      topics: ['Ivermectin sebagai Obat COVID-19', 'Uji Klinik Ivermectin', 'Penggunaan Ivermectin tanpa Resep'],
      actions: [
        'Tegaskan Ivermectin Bukan Obat COVID-19',
        'Izinkan Uji Klinik Ivermectin',
        'Imbau Masyarakat Tak Konsumsi Ivermectin tanpa Resep',
      ],
    },
  ],
  7: [
    {
      tags: ['PT Harsen', 'Ivermectin'],
      onset: 2,
      weight: 3,
      commodity: 'obat',
      polemic: true,
      topics: ['Temuan BPOM di PT Harsen', 'Promosi Berlebihan Ivermectin', 'Izin Edar Ivermectin PT Harsen'],
      actions: ['Ungkap Temuan Pelanggaran di PT Harsen', 'Larang Promosi Ivermectin sebagai Obat COVID-19', 'Beri Sanksi PT Harsen'],
    },
    {
      tags: ['Kebakaran Kantor BPOM'],
      onset: 9,
      weight: 1,
      commodity: null,
      polemic: true,
      topics: ['Kebakaran di Kantor BPOM', 'Kebakaran Gedung BPOM di Jakarta'],
      actions: ['Pastikan Layanan Tetap Berjalan Usai Kebakaran', 'Selidiki Penyebab Kebakaran Gedung Kantor'],
    },
    {
      tags: ['EUA Moderna dan Pfizer', VAKSIN],
      onset: 15,
      weight: 2,
      commodity: 'obat',
      topics: ['EUA Vaksin Moderna', 'EUA Vaksin Pfizer', 'Vaksin Berbasis mRNA'],
      actions: ['Terbitkan EUA Vaksin Moderna', 'Terbitkan EUA Vaksin Pfizer', 'Izinkan Penggunaan Vaksin mRNA'],
    },
  ],
  8: [
    {
      tags: ['EUA Sputnik-V', VAKSIN],
      onset: 25,
      weight: 2,
      commodity: 'obat',
      topics: ['EUA Vaksin Sputnik-V', 'Vaksin Sputnik-V Asal Rusia', 'Vaksin Platform Non-Replicating Viral Vector'],
      actions: ['Terbitkan EUA Vaksin Sputnik-V', 'Izinkan Penggunaan Darurat Vaksin Sputnik-V'],
    },
    {
      tags: ['Vaksin Merah Putih', VAKSIN],
      onset: 10,
      weight: 2,
      commodity: 'obat',
      topics: ['Sertifikat CPOB PT Biotis', 'Produksi Vaksin Merah Putih', 'Vaksin Merah Putih Unair'],
      actions: ['Serahkan Sertifikat CPOB kepada PT Biotis', 'Dampingi Pengembangan Vaksin Merah Putih'],
    },
    {
      tags: ['Vaksin Nusantara'],
      onset: 18,
      weight: 1,
      commodity: 'obat',
      polemic: true,
      topics: ['Klaim Pemesanan Vaksin Nusantara oleh Turki', 'Vaksin Nusantara'],
      actions: ['Tanggapi Klaim Turki Pesan Vaksin Nusantara', 'Tegaskan Vaksin Nusantara Belum Kantongi Izin Edar'],
    },
  ],
  9: [
    {
      tags: ['EUA Janssen dan Convidecia', VAKSIN],
      onset: 7,
      weight: 2,
      commodity: 'obat',
      topics: ['EUA Vaksin Janssen', 'EUA Vaksin Convidecia', 'Vaksin Dosis Tunggal'],
      actions: ['Terbitkan EUA Vaksin Janssen', 'Terbitkan EUA Vaksin Convidecia'],
    },
    {
      tags: ['Susu Kental Manis'],
      onset: 21,
      weight: 2,
      commodity: 'pangan_olahan',
      polemic: true,
      topics: ['Konsumsi Susu Kental Manis', 'Susu Kental Manis untuk Anak', 'Label Susu Kental Manis'],
      actions: ['Luruskan Pernyataan soal Susu Kental Manis', 'Tegaskan SKM Bukan Pengganti ASI', 'Klarifikasi Isu Larangan SKM Diseduh'],
    },
  ],
  10: [
    {
      tags: ['EUA Zifivax', VAKSIN],
      onset: 7,
      weight: 2,
      commodity: 'obat',
      topics: ['EUA Vaksin Zifivax', 'Vaksin Zifivax Berbasis Protein Rekombinan'],
      actions: ['Terbitkan EUA Vaksin Zifivax', 'Izinkan Penggunaan Vaksin Zifivax'],
    },
    {
      tags: ['Public Warning BKO'],
      onset: 22,
      weight: 2,
      commodity: 'obat_tradisional',
      topics: ['Obat Tradisional Mengandung Bahan Kimia Obat', 'Kosmetik Mengandung Bahan Dilarang', 'Suplemen Kesehatan Mengandung BKO'],
      actions: [
        'Rilis Public Warning Obat Tradisional Mengandung BKO',
        'Tarik Kosmetik Mengandung Bahan Dilarang',
        'Umumkan Daftar Produk Mengandung BKO',
      ],
    },
  ],
  11: [
    {
      tags: ['Vaksin Anak 6-11 Tahun', VAKSIN],
      onset: 1,
      weight: 3,
      commodity: 'obat',
      polemic: true,
      topics: ['Vaksin Sinovac untuk Anak 6-11 Tahun', 'Vaksinasi Anak Usia 6-11 Tahun', 'Vaksin Bio Farma untuk Anak'],
      actions: [
        'Terbitkan EUA Vaksin Sinovac untuk Anak 6-11 Tahun',
        'Izinkan Vaksin Bio Farma untuk Anak',
        'Pastikan Keamanan Vaksin bagi Anak',
      ],
    },
  ],
  12: [
    {
      tags: ['Vaksin Anak 6-11 Tahun', VAKSIN],
      onset: 14,
      weight: 2,
      commodity: 'obat',
      topics: ['Vaksinasi Anak Usia 6-11 Tahun', 'Vaksin Sinovac untuk Anak', 'KIPI Vaksinasi Anak'],
      actions: ['Pantau Keamanan Vaksinasi Anak', 'Pastikan Mutu Vaksin Sinovac untuk Anak'],
    },
    {
      tags: ['Pengawasan Pangan Nataru'],
      onset: 20,
      weight: 2,
      commodity: 'pangan_olahan',
      topics: ['Pengawasan Pangan Jelang Natal dan Tahun Baru', 'Parsel Natal', 'Pangan Kedaluwarsa Jelang Tahun Baru'],
      actions: [
        'Intensifkan Pengawasan Pangan Jelang Nataru',
        'Sita Pangan Kedaluwarsa Jelang Natal',
        'Periksa Parsel Natal di Pusat Perbelanjaan',
      ],
    },
  ],
};
