/**
 * The 2021 plan of BPOM's Biro Kerja Sama dan Humas (reference JSON, `performance`), as the demo
 * loads it. Realizations are entered by hand only because the module that will compute each one
 * is not built yet: `sourceNote` names it. See `demo/README.md` for every choice.
 */
export interface DemoIndicator {
  code: string;
  goal: string;
  name: string;
  nameEn: string;
  unit: string;
  decimals: number;
  target: number;
  /** The realization entered by hand, until its module computes it (see `note`). */
  realization: number;
  note: string;
  group: 'ksb' | 'ksrm' | 'ksdn' | 'humas' | 'biro';
  definition: string;
  ceiling: number;
  realized: number;
  /** Spec: these stay manual (an outside evaluator's score), with evidence. */
  manualBySpec?: boolean;
  /** Computed by this measure from the module's records; `realization` is then what it must give. */
  measure?: string;
  /** The measure's parameters (e.g. which survey). */
  measureParams?: Record<string, unknown>;
}

export const DEMO_GOALS_2021: { code: string; statement: string }[] = [
  {
    code: 'SK1',
    statement: 'Meningkatnya kerja sama yang ditindaklanjuti dalam mendukung pengawasan obat dan makanan di tingkat nasional dan global',
  },
  {
    code: 'SK2',
    statement:
      'Meningkatnya kepuasan masyarakat terhadap kinerja BPOM dan kepuasan internal BPOM terhadap kinerja layanan publik Biro Kerja Sama dan Humas',
  },
  { code: 'SK3', statement: 'Meningkatnya Koordinasi dan Fasilitasi kerja sama BPOM' },
  {
    code: 'SK4',
    statement: 'Meningkatnya kontribusi BPOM pada fungsi regulatori di negara selatan-selatan untuk mendukung pembangunan nasional',
  },
  { code: 'SK5', statement: 'Meningkatnya kualitas hubungan masyarakat di bidang pengawasan Obat dan Makanan' },
  { code: 'SK6', statement: 'Terwujudnya Tata Kelola Pemerintahan Biro Kerja Sama dan Humas yang optimal' },
  { code: 'SK7', statement: 'Terwujudnya SDM Biro Kerja Sama dan Humas yang berkinerja optimal' },
  { code: 'SK8', statement: 'Menguatnya Pengelolaan Data dan Informasi Pengawasan Obat dan Makanan di Biro Kerja Sama dan Humas' },
  { code: 'SK9', statement: 'Terkelolanya Keuangan Biro Kerja Sama dan Humas secara Akuntabel' },
];

const until = (module: string, measure: string) =>
  `Diisi manual sampai modul ${module} tersedia; modul itu akan menghitungnya dengan ukuran ${measure}. / Entered by hand until the ${module} module computes it (${measure}).`;

export const DEMO_INDICATORS_2021: DemoIndicator[] = [
  {
    code: 'IKK1',
    goal: 'SK1',
    group: 'ksdn',
    unit: '%',
    decimals: 2,
    target: 84,
    // 123 of 139 agreements in force: the report's 88,49 with the achievement it prints (105,34).
    realization: (123 / 139) * 100,
    name: 'Persentase kerja sama yang ditindaklanjuti sesuai dengan ketentuan',
    nameEn: 'Percentage of cooperation agreements followed up according to their provisions',
    definition: 'Kerja sama yang berlaku dan ditindaklanjuti sesuai ketentuannya dibagi seluruh kerja sama yang berlaku × 100.',
    note: until('Kerja Sama', 'cooperation.followed_up_pct'),
    ceiling: 1_125_469_500,
    realized: 1_125_100_664,
  },
  {
    code: 'IKK2',
    goal: 'SK1',
    group: 'ksrm',
    unit: '%',
    decimals: 2,
    target: 84,
    realization: 89.02,
    name: 'Persentase peran BPOM dalam forum Bilateral, Regional dan Multilateral',
    nameEn: "Percentage of BPOM's role fulfilled in bilateral, regional and multilateral forums",
    definition: 'Pertemuan yang peran BPOM-nya terpenuhi dibagi pertemuan yang meminta keikutsertaan BPOM × 100.',
    note: until('Kerja Sama', 'cooperation.forum_role_pct'),
    ceiling: 1_037_000,
    realized: 1_036_792,
  },
  {
    code: 'IKK3',
    goal: 'SK2',
    group: 'humas',
    unit: 'indeks',
    decimals: 2,
    target: 74,
    realization: 76.64,
    name: 'Indeks kepuasan media',
    nameEn: 'Media satisfaction index',
    definition: 'Indeks kepuasan masyarakat (PermenPANRB 14/2017) di antara jurnalis yang dilayani selama tahun itu.',
    note: 'Dihitung dari 71 jawaban survei kepuasan media 2021 (modul Survei). / Computed from the 71 responses of the 2021 media survey (surveys module).',
    measure: 'surveys.ikm',
    measureParams: { surveyCode: 'IKM-MEDIA-2021' },
    ceiling: 314_838_000,
    realized: 314_832_000,
  },
  {
    code: 'IKK4',
    goal: 'SK2',
    group: 'humas',
    unit: 'indeks',
    decimals: 2,
    target: 78,
    realization: 82.55,
    name: 'Indeks opini publik BPOM',
    nameEn: 'BPOM public opinion index',
    definition: 'Indeks opini publik terhadap BPOM dari survei nasional (enam aspek).',
    note: 'Hasil agregat studi opini publik nasional 2021 dengan studinya sebagai bukti (modul Survei). / The 2021 national study’s aggregate result, the study as evidence (surveys module).',
    measure: 'surveys.aggregate_index',
    measureParams: { studyCode: 'IOP-2021' },
    ceiling: 1_094_991_000,
    realized: 1_094_004_000,
  },
  {
    code: 'IKK5',
    goal: 'SK2',
    group: 'biro',
    unit: 'indeks (skala 1-4)',
    decimals: 2,
    target: 3.84,
    realization: 3.84,
    name: 'Indeks kepuasan internal BPOM terhadap layanan dukungan manajemen Biro Kerja Sama dan Humas',
    nameEn: "Internal satisfaction index with the bureau's management support services",
    definition: 'Rata-rata penilaian unit (skala 1–4) atas sembilan layanan biro, per triwulan.',
    note: 'Dihitung dari penilaian unit dalam survei internal triwulan I–IV (modul Survei). / Computed from the units’ ratings in the quarterly internal surveys (surveys module).',
    measure: 'surveys.internal_satisfaction',
    ceiling: 431_196_000,
    realized: 430_524_000,
  },
  {
    code: 'IKK6',
    goal: 'SK3',
    group: 'ksb',
    unit: '%',
    decimals: 2,
    target: 82,
    // 235 of 272 documents on time: the report's 86,40 with the achievement it prints (105,36).
    realization: (235 / 272) * 100,
    name: 'Persentase dokumen kerja sama yang diselesaikan tepat waktu',
    nameEn: 'Percentage of cooperation documents completed on time',
    definition: 'Dokumen kerja sama yang selesai dalam waktu baku SOP dibagi dokumen yang selesai × 100.',
    note: until('Layanan', 'services.documents_on_time_pct'),
    ceiling: 388_982_000,
    realized: 388_550_000,
  },
  {
    code: 'IKK7',
    goal: 'SK4',
    group: 'ksb',
    unit: 'negara',
    decimals: 0,
    target: 1,
    realization: 1,
    name: 'Jumlah negara yang mendapatkan dukungan penguatan di bidang Obat dan Makanan dalam skema Kerja Sama Selatan-selatan',
    nameEn: 'Countries supported in food and drug regulation under South-South cooperation',
    definition: 'Jumlah negara berbeda yang menerima dukungan penguatan dalam program Kerja Sama Selatan-Selatan dan Triangular.',
    note: until('Kerja Sama', 'cooperation.south_south_countries'),
    ceiling: 491_300_000,
    realized: 491_292_000,
  },
  {
    code: 'IKK8',
    goal: 'SK5',
    group: 'humas',
    unit: '%',
    decimals: 2,
    target: 99.82,
    realization: 99.82,
    name: 'Persentase kualitas pemberitaan BPOM di media',
    nameEn: 'Quality of news coverage of BPOM',
    definition: '(Berita positif + netral tentang BPOM) / seluruh berita tentang BPOM × 100.',
    note: 'Dihitung dari berita yang dipantau (modul Humas — media). / Computed from the monitored news items (media module).',
    measure: 'media.news_quality_pct',
    ceiling: 1_744_021_000,
    realized: 1_733_233_000,
  },
  {
    code: 'IKK9',
    goal: 'SK5',
    group: 'humas',
    unit: '%',
    decimals: 2,
    target: 65,
    realization: (58 / 88) * 100,
    name: 'Persentase permohonan wawancara media yang ditindaklanjuti',
    nameEn: 'Media interview requests followed up',
    definition: 'Permohonan yang dipenuhi (wawancara langsung, jawaban tertulis, talkshow) / permohonan yang diterima × 100.',
    note: 'Dihitung dari permohonan wawancara (modul Humas — media). / Computed from the interview requests (media module).',
    measure: 'media.interview_followup_pct',
    ceiling: 314_838_000,
    realized: 314_832_000,
  },
  {
    code: 'IKK10',
    goal: 'SK5',
    group: 'humas',
    unit: '%',
    decimals: 2,
    target: 80,
    realization: 87.01,
    name: 'Persentase publikasi kinerja BPOM sesuai agenda setting',
    nameEn: 'Publications of BPOM performance according to the agenda setting',
    definition: 'Publikasi terencana yang diunggah ke media sosial resmi / publikasi yang direncanakan dalam agenda setting × 100.',
    note: until('Humas — publikasi', 'publications.agenda_fulfilment_pct'),
    ceiling: 1_498_694_000,
    realized: 1_498_352_000,
  },
  {
    code: 'IKK11',
    goal: 'SK6',
    group: 'biro',
    unit: 'nilai',
    decimals: 2,
    target: 75,
    realization: 75.04,
    manualBySpec: true,
    name: 'Nilai RB Biro Kerja Sama dan Humas',
    nameEn: "The bureau's bureaucratic reform score",
    definition: 'Nilai reformasi birokrasi unit dari evaluator (delapan area perubahan).',
    note: 'Indikator manual: nilai diberikan evaluator RB, dimasukkan dengan bukti. / Manual: the reform evaluator’s score, entered with evidence.',
    ceiling: 387_382_800,
    realized: 387_099_801,
  },
  {
    code: 'IKK12',
    goal: 'SK7',
    group: 'biro',
    unit: 'indeks',
    decimals: 2,
    target: 81,
    // The mean of 37 employees' indices; 83,806 gives the report's 83,81 and its 103,46%.
    realization: 83.806,
    name: 'Indeks Profesionalitas ASN Biro Kerja Sama dan Humas',
    nameEn: "Civil-service professionalism index of the bureau's staff",
    definition: 'Rata-rata indeks profesionalitas ASN pegawai biro (PermenPANRB 38/2018): kualifikasi, kompetensi, kinerja, disiplin.',
    note: until('Sumber Daya', 'resources.professionalism_index'),
    ceiling: 243_842_000,
    realized: 243_841_000,
  },
  {
    code: 'IKK13',
    goal: 'SK8',
    group: 'biro',
    unit: 'indeks',
    decimals: 2,
    target: 2,
    realization: 1,
    manualBySpec: true,
    name: 'Indeks pengelolaan data dan informasi',
    nameEn: 'Data and information management index',
    definition: 'Indeks pengelolaan data dan informasi unit, dinilai tahunan.',
    note: 'Indikator manual: indeks dinilai tahunan, dimasukkan dengan bukti. / Manual: a yearly assessed index, entered with evidence.',
    ceiling: 45_900_000,
    realized: 45_900_000,
  },
  {
    code: 'IKK14',
    goal: 'SK9',
    group: 'biro',
    unit: 'nilai (efisien)',
    decimals: 2,
    target: 90,
    realization: 100,
    manualBySpec: true,
    name: 'Tingkat Efisiensi Penggunaan Anggaran Biro Kerja Sama dan Humas',
    nameEn: "Efficiency of the bureau's budget use",
    definition: 'Nilai efisiensi unit dari aplikasi SMART Kementerian Keuangan (PMK 22/2021).',
    note: 'Indikator manual: nilai SMART Kementerian Keuangan, dimasukkan dengan bukti. / Manual: the Finance Ministry’s SMART score, entered with evidence.',
    // 3.372 thousand in the table; 99,19% needs at least Rp3.372.290, so the rupiah value is taken as 3.372.400.
    ceiling: 3_400_000,
    realized: 3_372_400,
  },
];
