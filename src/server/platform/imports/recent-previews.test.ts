import { describe, expect, it } from 'vitest';
import { forgetPreviewRows, keepPreviewRows, keptPreviewRows } from './recent-previews';
import type { ValidatedRow } from './validate';

const rows = (n: number, invalid = 0): ValidatedRow[] =>
  Array.from({ length: n + invalid }, (_, i) => ({ row: i + 2, values: { a: String(i) }, data: i < n ? { a: i } : null }));

const HOUR = 3_600_000;

describe('the previews kept for their commit', () => {
  it('keeps the valid rows, forgets the oldest beyond 50.000 rows, and never keeps a file larger than that', () => {
    const now = Date.now();
    keepPreviewRows('a', rows(30_000, 3), now);
    expect(keptPreviewRows('a', now)).toHaveLength(30_000);
    expect(keptPreviewRows('a', now)![0]).toEqual({ row: 2, data: { a: 0 } });
    keepPreviewRows('b', rows(15_000), now);
    keepPreviewRows('c', rows(10_000), now); // 55.000 rows: the oldest goes
    expect(keptPreviewRows('a', now)).toBeUndefined();
    expect(keptPreviewRows('b', now)).toHaveLength(15_000);
    expect(keptPreviewRows('c', now)).toHaveLength(10_000);
    keepPreviewRows('d', rows(50_001), now);
    expect(keptPreviewRows('d', now)).toBeUndefined();
    forgetPreviewRows('b');
    forgetPreviewRows('c');
    expect(keptPreviewRows('b', now)).toBeUndefined();
    // Room again for a full 50.000.
    keepPreviewRows('e', rows(50_000), now);
    expect(keptPreviewRows('e', now)).toHaveLength(50_000);
    forgetPreviewRows('e');
  });

  it('lets a preview older than an hour go, and the previews older than that when another is kept', () => {
    const start = Date.now();
    keepPreviewRows('old', rows(10), start);
    keepPreviewRows('recent', rows(10), start + HOUR);
    expect(keptPreviewRows('old', start + HOUR)).toHaveLength(10); // exactly an hour: still kept
    expect(keptPreviewRows('old', start + HOUR + 1)).toBeUndefined();
    keepPreviewRows('stale', rows(10), start);
    keepPreviewRows('new', rows(10), start + 3 * HOUR); // the two older than an hour go
    expect(keptPreviewRows('recent', start + 3 * HOUR)).toBeUndefined();
    expect(keptPreviewRows('new', start + 3 * HOUR)).toHaveLength(10);
  });
});
