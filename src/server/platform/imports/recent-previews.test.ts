import { describe, expect, it } from 'vitest';
import { forgetPreviewRows, keepPreviewRows, keptPreviewRows } from './recent-previews';
import type { ValidatedRow } from './validate';

const rows = (n: number, invalid = 0): ValidatedRow[] =>
  Array.from({ length: n + invalid }, (_, i) => ({ row: i + 2, values: { a: String(i) }, data: i < n ? { a: i } : null }));

describe('the previews kept for their commit', () => {
  it('keeps the valid rows, forgets the oldest beyond 100.000 rows, and never keeps a file larger than that', () => {
    keepPreviewRows('a', rows(60_000, 3));
    expect(keptPreviewRows('a')).toHaveLength(60_000);
    expect(keptPreviewRows('a')![0]).toEqual({ row: 2, data: { a: 0 } });
    keepPreviewRows('b', rows(30_000));
    keepPreviewRows('c', rows(20_000)); // 110.000 rows: the oldest goes
    expect(keptPreviewRows('a')).toBeUndefined();
    expect(keptPreviewRows('b')).toHaveLength(30_000);
    expect(keptPreviewRows('c')).toHaveLength(20_000);
    keepPreviewRows('d', rows(100_001));
    expect(keptPreviewRows('d')).toBeUndefined();
    forgetPreviewRows('b');
    forgetPreviewRows('c');
    expect(keptPreviewRows('b')).toBeUndefined();
    // Room again for a full 100.000.
    keepPreviewRows('e', rows(100_000));
    expect(keptPreviewRows('e')).toHaveLength(100_000);
  });
});
