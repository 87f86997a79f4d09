import { describe, expect, it } from 'vitest';
import { NAVIGATION, visibleEntries } from './navigation';

describe('navigation registry', () => {
  it('shows an entry only to users holding its permission', () => {
    expect(visibleEntries([]).map((e) => e.id)).toEqual(['home']);
    expect(visibleEntries(['org.unit.read', 'audit.read']).map((e) => e.id)).toEqual(['home', 'units', 'audit']);
  });

  it('has unique ids and paths, each path absolute', () => {
    expect(new Set(NAVIGATION.map((e) => e.id)).size).toBe(NAVIGATION.length);
    expect(new Set(NAVIGATION.map((e) => e.path)).size).toBe(NAVIGATION.length);
    for (const entry of NAVIGATION) expect(entry.path.startsWith('/')).toBe(true);
  });

  it('declares sub-routes relative to their entry, so they sit behind its permission gate', () => {
    for (const entry of NAVIGATION) {
      // A sub-route below the home entry would escape the gate (home has none) and shadow the shell's own routes.
      if (entry.subRoutes?.length) expect(entry.path).not.toBe('/');
      for (const sub of entry.subRoutes ?? []) {
        expect(sub.path).not.toMatch(/^\//);
        expect(sub.path).not.toBe('');
      }
    }
  });
});
