import { describe, expect, it } from 'vitest';
import { packRows, unpackRows, unpackValidRows } from './stored-rows';
import type { ValidatedRow } from './validate';

/** What the database hands back: the stored form through JSON. */
const roundTrip = (rows: ValidatedRow[]) => JSON.parse(JSON.stringify(packRows(rows))) as unknown;

const rows: ValidatedRow[] = [
  {
    row: 2,
    values: { date: '17/08/2030', name: 'Kemerdekaan', kind: 'NASIONAL' },
    data: { date: '2030-08-17', name: 'Kemerdekaan', kind: 'national' },
  },
  { row: 3, values: { date: 'kemarin', name: 'Rusak', kind: 'nasional' }, data: null },
  { row: 5, values: { date: '2030-12-25', name: 'Natal', kind: null }, data: { date: '2030-12-25', name: 'Natal', kind: null } },
];

describe('stored preview rows', () => {
  it('give back every row, its cells and its parsed data, and the valid rows alone', () => {
    const stored = roundTrip(rows);
    expect(unpackRows(stored)).toEqual(rows);
    expect(unpackRows(stored, { offset: 1, limit: 5 })).toEqual(rows.slice(1));
    expect(unpackValidRows(stored)).toEqual([
      { row: 2, data: rows[0]!.data },
      { row: 5, data: rows[2]!.data },
    ]);
  });

  it('store a parsed value that equals its cell once', () => {
    const packed = packRows(rows);
    expect(packed.data).toEqual({ keys: { date: ['2030-08-17', '2030-12-25'], name: null, kind: ['national', null] } });
  });

  it('keep parsed data of other shapes as it is', () => {
    const odd: ValidatedRow[] = [
      { row: 2, values: { a: 'x' }, data: { a: 'x', extra: [1, 2] } },
      { row: 3, values: { a: 'y' }, data: { a: 'y' } },
      { row: 4, values: { a: 'z' }, data: ['z'] },
    ];
    expect(unpackRows(roundTrip(odd))).toEqual(odd);
    const mixed: ValidatedRow[] = [
      { row: 2, values: { a: '1' }, data: 1 },
      { row: 3, values: { a: null }, data: null },
    ];
    expect(unpackRows(roundTrip(mixed))).toEqual(mixed);
    expect(unpackRows(roundTrip([]))).toEqual([]);
  });

  it('read previews stored row by row before this form', () => {
    const old = JSON.parse(JSON.stringify(rows)) as unknown;
    expect(unpackRows(old)).toEqual(rows);
    expect(unpackRows(old, { offset: 0, limit: 1 })).toEqual(rows.slice(0, 1));
    expect(unpackValidRows(old).map((r) => r.row)).toEqual([2, 5]);
  });
});
