import type { TTone } from '../../../../shared/media';
import { titleKey } from '../normalize';
import { CITIES, SPOKESPERSONS } from './names';
import type { Random } from './random';

/**
 * Headlines and leads in the style of Indonesian online news, by tone as the 2021 report defines
 * it: positive when another party appreciates or supports the agency, neutral when the story only
 * mentions it, negative otherwise. `{P}` is a party, `{t}` a topic, `{a}` an action of the agency.
 */
// biome-ignore format: lists read better in rows
const SUPPORTERS = [
  'Komisi IX DPR', 'Anggota Komisi IX DPR', 'Ketua DPR', 'Menkes', 'Kemenkes', 'Satgas Penanganan COVID-19', 'PB IDI',
  'Epidemiolog', 'Pakar Farmakologi UGM', 'Guru Besar Farmasi UI', 'YLKI', 'MUI', 'WHO', 'KSP', 'Ombudsman RI',
  'Gubernur Jawa Barat', 'Gubernur Jawa Timur', 'GP Farmasi', 'Kadin', 'PERSI', 'Ikatan Apoteker Indonesia', 'Akademisi',
  'Pengamat Kebijakan Publik', 'DPD RI', 'Wakil Presiden', 'Menko PMK', 'Asosiasi UMKM', 'Tokoh Masyarakat',
];
// biome-ignore format: lists read better in rows
const CRITICS = [
  'Anggota Komisi IX DPR', 'Pengamat Kesehatan', 'Lembaga Konsumen', 'Warganet', 'Aktivis Kesehatan', 'Sejumlah Dokter',
  'Politisi', 'Peneliti Independen',
];
// biome-ignore format: lists read better in rows
const PARTNERS = ['Kemenkes', 'Satgas COVID-19', 'Bio Farma', 'Kemenperin', 'Polri', 'Bea Cukai', 'Kemendag', 'ITAGI', 'Komnas KIPI'];

const POSITIVE = [
  '{P} Apresiasi Langkah BPOM {a}',
  '{P} Dukung BPOM {a}',
  'BPOM {a}, {P} Beri Apresiasi',
  '{P} Nilai BPOM Tepat {a}',
  '{P}: Kerja BPOM soal {t} Patut Diapresiasi',
  '{P} Puji Kecepatan BPOM Tangani {t}',
  '{P} Percaya Hasil Evaluasi BPOM soal {t}',
  'Langkah BPOM soal {t} Tuai Pujian {P}',
];
const NEUTRAL = [
  'BPOM {a}',
  'Soal {t}, Ini Penjelasan BPOM',
  'Kepala BPOM Jelaskan {t}',
  'BPOM Gelar Konferensi Pers terkait {t}',
  '{t}: BPOM Pastikan Evaluasi Sesuai Standar',
  'BPOM Buka Suara soal {t}',
  'Masyarakat Diminta Ikuti Informasi Resmi BPOM soal {t}',
  'BPOM dan {Q} Bahas {t}',
  'Badan POM {a}',
  'Begini Sikap Badan POM soal {t}',
];
const NEGATIVE = [
  '{N} Kritik BPOM soal {t}',
  '{N} Pertanyakan Sikap BPOM terkait {t}',
  'BPOM Dinilai Lamban Tangani {t}',
  '{N} Desak BPOM Evaluasi Ulang {t}',
  'Polemik {t}, BPOM Dituding Tak Transparan',
  '{N} Sebut BPOM Gagal Antisipasi {t}',
];
const REGIONAL_POSITIVE = ['{P} Apresiasi BBPOM di {kota}', 'Warga {kota} Dukung Langkah BBPOM', 'Pemkot {kota} Puji Kinerja BBPOM'];
const PREFIXES = ['', '', '', '', '', 'VIDEO: ', 'FOTO: ', 'INFOGRAFIS: '];
const SUFFIXES = ['', '', '', '', ', Simak Penjelasannya', ', Begini Kata Pakar', ' Hari Ini', ', Ini Faktanya', ' di Tengah Pandemi'];

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

export interface Subject {
  topics: string[];
  actions: string[];
  regional?: string[];
}

/** Keeps every headline distinct within a week, as a monitoring vendor's list would be. */
export class HeadlineWriter {
  private lastUse = new Map<string, number>();
  constructor(private random: Random) {}

  headline(subject: Subject, tone: TTone, day: number): string {
    const r = this.random;
    for (let attempt = 0; attempt < 40; attempt++) {
      let title = this.compose(subject, tone);
      if (attempt > 5) title = `${r.pick(PREFIXES)}${title}${r.pick(SUFFIXES)}`;
      if (attempt > 20) title = `${title} di ${r.pick(CITIES)}`;
      const key = titleKey(title);
      const last = this.lastUse.get(key);
      if (last === undefined || day - last > 7) {
        this.lastUse.set(key, day);
        return title;
      }
    }
    const title = `${this.compose(subject, tone)} (${r.int(2, 99)})`;
    this.lastUse.set(titleKey(title), day);
    return title;
  }

  private compose(subject: Subject, tone: TTone): string {
    const r = this.random;
    if (tone === 'neutral' && subject.regional?.length && r.next() < 0.55) return this.fill(r.pick(subject.regional), subject);
    if (tone === 'positive' && subject.regional?.length && r.next() < 0.25) {
      // One fill for both halves, so that the praise is for the office of the same city.
      return this.fill(`${r.pick(subject.regional)}, ${r.pick(REGIONAL_POSITIVE)}`, subject);
    }
    const templates = tone === 'positive' ? POSITIVE : tone === 'negative' ? NEGATIVE : NEUTRAL;
    return this.fill(r.pick(templates), subject);
  }

  private fill(template: string, subject: Subject): string {
    const r = this.random;
    const kota = r.pick(CITIES);
    return template
      .replaceAll('{P}', r.pick(SUPPORTERS))
      .replaceAll('{N}', r.pick(CRITICS))
      .replaceAll('{Q}', r.pick(PARTNERS))
      .replaceAll('{t}', r.pick(subject.topics))
      .replaceAll('{a}', r.pick(subject.actions))
      .replaceAll('{kota}', kota)
      .replaceAll('{n}', String(r.int(3, 950)));
  }
}

/** A lead paragraph for the item's summary, in the tone of its headline. */
export function lead(random: Random, title: string, tone: TTone, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const when = `${d} ${MONTHS_ID[m - 1]} ${y}`;
  const city = random.pick(CITIES);
  const speaker = random.pick(SPOKESPERSONS);
  const clean = title.replace(/^(VIDEO|FOTO|INFOGRAFIS): /, '');
  if (tone === 'positive') {
    return `${city}, ${when} — ${clean}. ${random.pick(SUPPORTERS)} menilai langkah Badan POM menunjukkan komitmen melindungi masyarakat dan layak didukung.`;
  }
  if (tone === 'negative') {
    return `${city}, ${when} — ${clean}. ${random.pick(CRITICS)} meminta Badan POM lebih terbuka menyampaikan dasar keputusannya kepada publik.`;
  }
  return `${city}, ${when} — ${clean}. Hal itu disampaikan ${speaker} dalam keterangan tertulis yang diterima redaksi.`;
}

export function spokespersonFor(random: Random): string {
  return random.pick(SPOKESPERSONS);
}
