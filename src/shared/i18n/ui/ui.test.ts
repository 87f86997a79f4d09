import { describe, expect, it } from 'vitest';
import { uiStrings } from './index';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a strings tree, as `dotted.key → text`. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  const id = leaves(uiStrings.id);
  const en = leaves(uiStrings.en);

  it('has the same keys in both languages', () => {
    expect([...en.keys()].sort()).toEqual([...id.keys()].sort());
  });

  it('has no empty text', () => {
    for (const [key, text] of [...id, ...en]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of id) expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});
