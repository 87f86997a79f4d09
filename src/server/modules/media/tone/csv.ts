import Papa from 'papaparse';
import { TONES, type TTone } from '../../../../shared/media';
import type { LabelledText } from './model';

/** A `text,label` CSV (labels positive|neutral|negative) as labelled texts; a bad row is an error naming its line. */
export function readLabelledCsv(content: string, name: string): LabelledText[] {
  const { data: records, errors } = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim(),
    transform: (v) => v.trim(),
  });
  const broken = errors.find((e) => e.type === 'Quotes');
  if (broken) throw new Error(`${name}, baris/line ${(broken.row ?? 0) + 2}: tanda kutip rusak / broken quotes`);
  return records.map((r, i) => {
    const label = r.label?.toLowerCase();
    if (typeof r.text !== 'string' || !TONES.includes(label as TTone)) {
      throw new Error(`${name}, baris/line ${i + 2}: perlu kolom text dan label positive|neutral|negative`);
    }
    return { text: r.text, label: label as TTone };
  });
}

/** Labelled texts as a `text,label` CSV. */
export function writeLabelledCsv(items: LabelledText[]): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `text,label\n${items.map((i) => `${quote(i.text)},${i.label}`).join('\n')}\n`;
}
