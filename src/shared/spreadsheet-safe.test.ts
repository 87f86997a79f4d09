import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from './spreadsheet-safe';

describe('spreadsheet-safe text', () => {
  it('puts an apostrophe before what a spreadsheet would run as a formula, and leaves the rest', () => {
    expect(['=HYPERLINK("x")', '+62 812', '-1', '@SUM(A1)', '\tx'].map(spreadsheetSafe)).toEqual([
      `'=HYPERLINK("x")`,
      "'+62 812",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
    ]);
    expect(['Sari', 'sari@kabar.example', 'a=b', ''].map(spreadsheetSafe)).toEqual(['Sari', 'sari@kabar.example', 'a=b', '']);
  });
});
