import { describe, expect, it } from 'vitest';
import type { TUnit } from '../../shared/org';
import { unitName, unitTree } from './units';

const unit = (id: string, code: string, parentId: string | null): TUnit => ({
  id,
  code,
  name: `Unit ${code}`,
  nameEn: code === 'B' ? null : `Unit ${code} (en)`,
  kind: 'unit',
  parentId,
  proposing: false,
  active: true,
});

describe('unitTree', () => {
  it('lists each unit after its parent, children by code, with their depth', () => {
    const rows = unitTree([unit('3', 'C', '1'), unit('1', 'A', null), unit('2', 'B', '1'), unit('4', 'D', '2')]);
    expect(rows.map((r) => [r.unit.code, r.depth])).toEqual([
      ['A', 0],
      ['B', 1],
      ['D', 2],
      ['C', 1],
    ]);
  });

  it('keeps units whose parent is missing, as roots', () => {
    const rows = unitTree([unit('2', 'B', 'gone'), unit('1', 'A', null)]);
    expect(rows.map((r) => [r.unit.code, r.depth])).toEqual([
      ['A', 0],
      ['B', 0],
    ]);
  });

  it('does not loop on a cycle in bad data', () => {
    expect(unitTree([unit('1', 'A', '2'), unit('2', 'B', '1')])).toEqual([]);
  });
});

describe('unitName', () => {
  it('uses the English name in English when there is one', () => {
    expect(unitName(unit('1', 'A', null), 'en')).toBe('Unit A (en)');
    expect(unitName(unit('1', 'A', null), 'id')).toBe('Unit A');
    expect(unitName(unit('2', 'B', null), 'en')).toBe('Unit B');
  });
});
