import { useQuery } from '@tanstack/react-query';
import type { UiLang } from '../../shared/i18n/ui';
import type { TUnit } from '../../shared/org';
import { api, unwrap } from './api';

/** A unit's name in the interface's language (the English name when there is one). */
export function unitName(unit: Pick<TUnit, 'name' | 'nameEn'>, lang: UiLang): string {
  return lang === 'en' && unit.nameEn ? unit.nameEn : unit.name;
}

export interface UnitNode {
  unit: TUnit;
  depth: number;
}

/**
 * The flat list in tree order (each unit followed by its children, by code), with its depth.
 * Units whose parent is missing are shown as roots rather than lost.
 */
export function unitTree(units: readonly TUnit[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, TUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  const out: UnitNode[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      if (seen.has(unit.id)) continue; // a cycle in bad data must not hang the page
      seen.add(unit.id);
      out.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The unit tree, reference data for every screen that shows or picks a unit. */
export const UNITS_KEY = ['units'] as const;

export function useUnits() {
  return useQuery({
    queryKey: UNITS_KEY,
    queryFn: () => unwrap(api.api.units.$get()),
    select: (body) => body.items,
    staleTime: 5 * 60_000,
  });
}
