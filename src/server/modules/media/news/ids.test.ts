import { describe, expect, it } from 'vitest';
import { uuidv7Batch } from './ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ids for rows stored together', () => {
  it('are version-7 UUIDs of this moment, distinct and in increasing order', () => {
    const before = Date.now();
    const ids = uuidv7Batch(50_000);
    expect(ids).toHaveLength(50_000);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(50_000);
    expect([...ids].sort()).toEqual(ids);
    const msecs = Number.parseInt(ids[0]!.replaceAll('-', '').slice(0, 12), 16);
    expect(msecs).toBeGreaterThanOrEqual(before);
    expect(msecs).toBeLessThanOrEqual(Date.now());
  });

  it('differ between batches of the same moment', () => {
    const a = uuidv7Batch(3);
    const b = uuidv7Batch(3);
    expect(new Set([...a, ...b]).size).toBe(6);
    expect(uuidv7Batch(0)).toEqual([]);
  });
});
