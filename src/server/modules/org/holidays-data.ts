/**
 * National holidays and cuti bersama, as set by the SKB 3 Menteri (Keputusan Bersama Menteri Agama,
 * Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi).
 * Editable in the application; this is only what a new installation starts with.
 *
 * 2021: SKB Nomor 642 Tahun 2020, Nomor 4 Tahun 2020, Nomor 4 Tahun 2020, as amended by
 *   - SKB Nomor 281 Tahun 2021, Nomor 1 Tahun 2021, Nomor 1 Tahun 2021 (22 February 2021): cuti bersama cut
 *     from 7 days to 2 (12 March, 17-19 May and 27 December dropped; 12 May and 24 December kept);
 *   - SKB Nomor 712 Tahun 2021, Nomor 1 Tahun 2021, Nomor 3 Tahun 2021 (Perubahan Kedua, 18 June 2021):
 *     Tahun Baru Islam 1443 H moved from 10 to 11 August, Maulid Nabi from 19 to 20 October (some press
 *     reports say "Rabu, 22 Oktober", but 22 October 2021 was a Friday; Kemenag and the others say Wednesday
 *     20 October), and cuti bersama Natal on 24 December abolished. Only 12 May remains as cuti bersama.
 *   13 May 2021 was both Kenaikan Isa Al Masih and the first day of Idul Fitri; the table holds one row per
 *   date, so the two are merged into one entry.
 * 2026: SKB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 (19 September 2025): 17 hari libur
 *   nasional and 8 hari cuti bersama, no amendment found. Cuti bersama for ASN matches Keppres Nomor 42 Tahun
 *   2025. Idulfitri 1447 H on 21 March was confirmed by the sidang isbat of 19 March 2026. Iduladha
 *   1447 H (27 May) still depends on the sidang isbat for 1 Zulhijah; no result was found.
 *
 * Names follow the SKB wording as quoted in published reports. The decree text itself was not available,
 * so spelling may differ slightly (e.g. "Idul Fitri" or "Idulfitri").
 */
export interface HolidaySeed {
  date: string;
  name: string;
  kind: 'national' | 'cuti_bersama';
}

export const HOLIDAYS: Record<number, HolidaySeed[]> = {
  2021: [
    { date: '2021-01-01', name: 'Tahun Baru 2021 Masehi', kind: 'national' },
    { date: '2021-02-12', name: 'Tahun Baru Imlek 2572 Kongzili', kind: 'national' },
    { date: '2021-03-11', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'national' },
    { date: '2021-03-14', name: 'Hari Suci Nyepi Tahun Baru Saka 1943', kind: 'national' },
    { date: '2021-04-02', name: 'Wafat Isa Al Masih', kind: 'national' },
    { date: '2021-05-01', name: 'Hari Buruh Internasional', kind: 'national' },
    { date: '2021-05-12', name: 'Cuti Bersama Hari Raya Idul Fitri 1442 Hijriah', kind: 'cuti_bersama' },
    { date: '2021-05-13', name: 'Kenaikan Isa Al Masih dan Hari Raya Idul Fitri 1442 Hijriah', kind: 'national' },
    { date: '2021-05-14', name: 'Hari Raya Idul Fitri 1442 Hijriah', kind: 'national' },
    { date: '2021-05-26', name: 'Hari Raya Waisak 2565', kind: 'national' },
    { date: '2021-06-01', name: 'Hari Lahir Pancasila', kind: 'national' },
    { date: '2021-07-20', name: 'Hari Raya Idul Adha 1442 Hijriah', kind: 'national' },
    { date: '2021-08-11', name: 'Tahun Baru Islam 1443 Hijriah', kind: 'national' },
    { date: '2021-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'national' },
    { date: '2021-10-20', name: 'Maulid Nabi Muhammad SAW', kind: 'national' },
    { date: '2021-12-25', name: 'Hari Raya Natal', kind: 'national' },
  ],
  2026: [
    { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'national' },
    { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad S.A.W.', kind: 'national' },
    { date: '2026-02-16', name: 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili', kind: 'cuti_bersama' },
    { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili', kind: 'national' },
    { date: '2026-03-18', name: 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'cuti_bersama' },
    { date: '2026-03-19', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'national' },
    { date: '2026-03-20', name: 'Cuti Bersama Idulfitri 1447 Hijriah', kind: 'cuti_bersama' },
    { date: '2026-03-21', name: 'Idulfitri 1447 Hijriah', kind: 'national' },
    { date: '2026-03-22', name: 'Idulfitri 1447 Hijriah', kind: 'national' },
    { date: '2026-03-23', name: 'Cuti Bersama Idulfitri 1447 Hijriah', kind: 'cuti_bersama' },
    { date: '2026-03-24', name: 'Cuti Bersama Idulfitri 1447 Hijriah', kind: 'cuti_bersama' },
    { date: '2026-04-03', name: 'Wafat Yesus Kristus', kind: 'national' },
    { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'national' },
    { date: '2026-05-01', name: 'Hari Buruh Internasional', kind: 'national' },
    { date: '2026-05-14', name: 'Kenaikan Yesus Kristus', kind: 'national' },
    { date: '2026-05-15', name: 'Cuti Bersama Kenaikan Yesus Kristus', kind: 'cuti_bersama' },
    { date: '2026-05-27', name: 'Iduladha 1447 Hijriah', kind: 'national' },
    { date: '2026-05-28', name: 'Cuti Bersama Iduladha 1447 Hijriah', kind: 'cuti_bersama' },
    { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE', kind: 'national' },
    { date: '2026-06-01', name: 'Hari Lahir Pancasila', kind: 'national' },
    { date: '2026-06-16', name: '1 Muharam Tahun Baru Islam 1448 Hijriah', kind: 'national' },
    { date: '2026-08-17', name: 'Proklamasi Kemerdekaan', kind: 'national' },
    { date: '2026-08-25', name: 'Maulid Nabi Muhammad S.A.W.', kind: 'national' },
    { date: '2026-12-24', name: 'Cuti Bersama Kelahiran Yesus Kristus', kind: 'cuti_bersama' },
    { date: '2026-12-25', name: 'Kelahiran Yesus Kristus', kind: 'national' },
  ],
};
