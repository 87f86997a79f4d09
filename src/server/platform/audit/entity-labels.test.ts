import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../../shared/i18n/ui';

/** Every record type the server writes into the audit trail (`entityType: '…'` in its source). */
function auditedEntityTypes(): string[] {
  const root = path.resolve(import.meta.dirname, '../..');
  const found = new Set<string>();
  for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    for (const match of source.matchAll(/entityType: '([a-z_]+)'/g)) found.add(match[1]!);
  }
  return [...found].sort();
}

describe('the audit trail screen', () => {
  it('names every record type the server audits, in both languages', () => {
    const types = auditedEntityTypes();
    expect(types.length).toBeGreaterThan(30);
    for (const lang of ['id', 'en'] as const) {
      const labels = uiStrings[lang].audit.entities as Record<string, string>;
      expect(
        types.filter((type) => !labels[type]),
        lang,
      ).toEqual([]);
    }
  });
});
