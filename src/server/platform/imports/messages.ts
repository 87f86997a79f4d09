import { interpolate, type Lang } from '../../../shared/i18n/errors';
import type { Localized } from '../../../shared/i18n/localized';

/**
 * The import pipeline's own sentences. Row and column problems are stored in both languages, so a
 * preview reads the same whichever language the user switches to afterwards.
 */
export const IMPORT_MESSAGES = {
  required: { id: 'Wajib diisi.', en: 'Required.' },
  text: { id: 'Harus berupa teks.', en: 'Must be text.' },
  date: {
    id: 'Bukan tanggal yang valid (contoh: 2021-01-28, 28/01/2021 atau 28 Januari 2021).',
    en: 'Not a valid date (e.g. 2021-01-28, 28/01/2021 or 28 January 2021).',
  },
  choice: { id: 'Harus salah satu dari: {{values}}.', en: 'Must be one of: {{values}}.' },
  integer: { id: 'Harus bilangan bulat (contoh: 1.250).', en: 'Must be a whole number (e.g. 1.250).' },
  number: { id: 'Harus angka (contoh: 1.250,5).', en: 'Must be a number (e.g. 1.250,5).' },
  sameAsRow: { id: 'Sama dengan baris {{row}}.', en: 'Same as row {{row}}.' },
  missingColumns: { id: 'kolom wajib tidak ada: {{names}}', en: 'required columns missing: {{names}}' },
  unknownColumns: { id: 'kolom tidak dikenal: {{names}}', en: 'unknown columns: {{names}}' },
  duplicateColumns: { id: 'kolom ganda: {{names}}', en: 'columns given twice: {{names}}' },
  missingColumn: { id: 'Kolom wajib tidak ada.', en: 'Required column missing.' },
  unknownColumn: { id: 'Kolom tidak dikenal.', en: 'Unknown column.' },
  duplicateColumn: { id: 'Kolom ganda.', en: 'Column given twice.' },
  noHeader: { id: 'baris pertama harus berisi nama kolom', en: 'the first row must hold the column names' },
  noRows: { id: 'tidak ada baris data', en: 'there are no data rows' },
  tooManyRows: { id: '{{max}} baris per impor', en: '{{max}} rows per import' },
  quoteNotClosed: { id: 'baris {{line}}: tanda kutip tidak ditutup', en: 'line {{line}}: a quote is not closed' },
  badClosingQuote: {
    id: 'baris {{line}}: tanda kutip penutup diikuti karakter lain',
    en: 'line {{line}}: a closing quote is followed by other characters',
  },
  badCsv: { id: 'baris {{line}}: format CSV rusak', en: 'line {{line}}: broken CSV' },
  badXlsx: { id: 'bukan buku kerja Excel (.xlsx) yang utuh', en: 'not an intact Excel workbook (.xlsx)' },
  noSheet: { id: 'buku kerja tidak memiliki lembar kerja', en: 'the workbook has no worksheet' },
  instructions: { id: 'Petunjuk', en: 'Instructions' },
  column: { id: 'Kolom', en: 'Column' },
  mandatory: { id: 'Wajib', en: 'Required' },
  yes: { id: 'ya', en: 'yes' },
  no: { id: 'tidak', en: 'no' },
  notes: { id: 'Keterangan', en: 'Notes' },
} satisfies Record<string, Localized>;

export type ImportMessageKey = keyof typeof IMPORT_MESSAGES;

/** A message in both languages, with its {{placeholders}} filled. */
export function importMessage(key: ImportMessageKey, params?: Record<string, string | number>): Localized {
  const text = IMPORT_MESSAGES[key];
  return { id: interpolate(text.id, params), en: interpolate(text.en, params) };
}

export function importText(key: ImportMessageKey, lang: Lang, params?: Record<string, string | number>): string {
  return interpolate(IMPORT_MESSAGES[key][lang], params);
}
