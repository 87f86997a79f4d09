import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readCsvFast } from './csv-fast';

/** csv-parse with the pipeline's options: what the fast reader must agree with. */
function strict(text: string, delimiter: string, to: number): string[][] | 'error' {
  try {
    return parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false, to }) as string[][];
  } catch {
    return 'error';
  }
}

describe('fast CSV reader', () => {
  it('reads plain files as csv-parse does', () => {
    const cases = [
      '',
      '\n',
      'a',
      'a\n\n',
      '\nb',
      'a,b\r\n\r\nc',
      'a,\n',
      ',',
      '"a",',
      '"a\nb",c\n',
      '"a""b",""\r\n"",x',
      'tanggal;nama\n2021-08-17;"Kemerdekaan; ke-76"\n',
    ];
    for (const text of cases) {
      const delimiter = text.includes(';') ? ';' : ',';
      expect(readCsvFast(text, delimiter, 100), JSON.stringify(text)).toEqual(strict(text, delimiter, 100));
    }
  });

  it('leaves every irregular file to csv-parse', () => {
    for (const text of [' "a"', 'a"b', '"a" ', '"a', 'a\rb', 'a\r\nb\nc', 'a\nb\r\nc']) {
      expect(readCsvFast(text, ',', 100), JSON.stringify(text)).toBeNull();
    }
  });

  it('agrees with csv-parse on generated files whenever it answers', () => {
    // Files made of the characters that matter, with a fixed seed so a failure can be replayed.
    const alphabet = ['a', 'b', ',', ';', '"', '""', '\n', '\r\n', '\r', ' ', '\t', 'é'];
    let seed = 42;
    const random = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 4_294_967_296;
    };
    let answered = 0;
    for (let i = 0; i < 5_000; i++) {
      let text = '';
      const length = Math.floor(random() * 24);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      const delimiter = random() < 0.5 ? ',' : ';';
      const limit = 1 + Math.floor(random() * 6);
      const fast = readCsvFast(text, delimiter, limit);
      if (fast === null) continue;
      answered++;
      expect(fast, JSON.stringify({ text, delimiter, limit })).toEqual(strict(text, delimiter, limit));
    }
    expect(answered).toBeGreaterThan(1_000);
  });
});
