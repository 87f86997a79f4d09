import { stem } from './stemmer';

/**
 * The built-in lexicon that makes suggestions on day one, before any confirmed label exists, and
 * gives the trained model two extra features. Stems of words that, in Indonesian news about a
 * regulator, carry appreciation or support (the 2021 report's "positive") or criticism.
 */
// biome-ignore format: word lists read better in rows
const POSITIVE_WORDS = [
  'apresiasi', 'mengapresiasi', 'dukung', 'mendukung', 'dukungan', 'puji', 'memuji', 'pujian', 'berhasil', 'keberhasilan',
  'sukses', 'prestasi', 'penghargaan', 'meraih', 'raih', 'bangga', 'tepat', 'sigap', 'tanggap', 'cepat', 'kecepatan',
  'percaya', 'kepercayaan', 'yakin', 'layak', 'patut', 'unggul', 'andal', 'efektif', 'komitmen', 'optimal', 'transparan', 'inovatif', 'inovasi', 'baik', 'solid', 'mantap', 'lindungi', 'melindungi',
];
// biome-ignore format: word lists read better in rows
const NEGATIVE_WORDS = [
  'kritik', 'mengkritik', 'kecam', 'mengecam', 'kecaman', 'sesalkan', 'menyesalkan', 'gagal', 'kegagalan', 'lamban',
  'lambat', 'lalai', 'kelalaian', 'tuding', 'dituding', 'tuduh', 'menuduh', 'desak', 'mendesak', 'protes', 'keluh',
  'keluhkan', 'mengeluhkan', 'pertanyakan', 'mempertanyakan', 'curiga', 'bohong', 'skandal', 'korupsi', 'suap', 'bocor',
  'ricuh', 'copot', 'buruk', 'lemah', 'kecewa', 'mengecewakan', 'gugat', 'menggugat', 'polemik', 'blunder', 'abai',
  'mengabaikan', 'tertutup', 'kontroversi', 'janggal', 'sembrono', 'ceroboh',
];

export const POSITIVE_STEMS = new Set(POSITIVE_WORDS.map(stem));
export const NEGATIVE_STEMS = new Set(NEGATIVE_WORDS.map(stem));
