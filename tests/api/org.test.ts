import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/server/platform/audit/record';
import { verifyAuditChain } from '../../src/server/platform/audit/verify';
import { queryAudit, RECORD_HANDLES, ZAuditEntry, ZAuditListItem } from '../../src/server/platform/audit/query';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

let t: TestApp;
let admin: Session;
let staf: Session;

beforeAll(async () => {
  t = await createTestApp();
  const bureau = await makeUnit(t, { kind: 'bureau' });
  admin = (await makeUser(t, 'admin', bureau.id)).session;
  staf = (await makeUser(t, 'staf', bureau.id)).session;
});
afterAll(() => t.close());

type StoredEntry = Awaited<ReturnType<typeof queryAudit>>[number];

/** A stored entry as its own page shows it (`GET /api/audit/{id}`). */
function shown(entry: StoredEntry) {
  const { userAgent: _ua, unitId: _unit, prevHash: _prev, ...rest } = entry;
  return { ...rest, at: entry.at.toISOString() };
}

/** A stored entry as the list shows it: without its content and hash, with the record's handle. */
function listed(entry: StoredEntry) {
  const { before, after, hash: _hash, ...rest } = shown(entry);
  const content = (after ?? before) as Record<string, unknown> | null;
  const handle = RECORD_HANDLES.map((key) => content?.[key]).find((value) => typeof value === 'string');
  return { ...rest, record: (handle as string | undefined) ?? null };
}

describe('units', () => {
  it('lets an admin create a unit, recorded in the audit trail', async () => {
    const res = await t.request('/api/units', {
      as: admin,
      body: { code: 'BBPOM-PLG', name: 'Balai Besar POM di Palembang', kind: 'regional_office', parentId: null, proposing: true },
    });
    expect(res.status).toBe(201);
    const unit = (await res.json()) as { id: string; code: string };
    expect(unit.code).toBe('BBPOM-PLG');
    const audit = await t.request(`/api/audit?entityType=unit&entityId=${unit.id}`, { as: admin });
    const entries = ((await audit.json()) as { items: { id: number; action: string; record: string }[] }).items;
    expect(entries).toHaveLength(1);
    // The list names the record by its code; the entry's own page has the content.
    expect(entries[0]).toMatchObject({ action: 'create', record: 'BBPOM-PLG' });
    const [stored] = await queryAudit(t.services.db, { entityType: 'unit', entityId: unit.id, limit: 1 });
    expect(entries[0]).toEqual(listed(stored!));
    expect(Object.keys(entries[0]!).sort()).toEqual(Object.keys(ZAuditListItem.shape).sort());
    const entry = await t.request(`/api/audit/${entries[0]!.id}`, { as: admin });
    expect(entry.status).toBe(200);
    const full = (await entry.json()) as Record<string, unknown>;
    expect(full).toMatchObject({ action: 'create', after: { code: 'BBPOM-PLG' } });
    expect(full).toEqual(shown(stored!));
    expect(Object.keys(full).sort()).toEqual(Object.keys(ZAuditEntry.shape).sort());
    expect((await t.request(`/api/audit/${entries[0]!.id + 100_000}`, { as: admin })).status).toBe(404);
    expect((await t.request('/api/audit/satu', { as: admin })).status).toBe(400);
    expect((await verifyAuditChain(t.services.db)).ok).toBe(true);
  });

  it('writes entries whose text needs escaping exactly as stored', async () => {
    // The database writes the page (audit/query.ts): its escaping must be JSON's.
    const awkward = 'Nama "kutip" \\ garis\nbaru\ttab \u0001 — é 😀 </script>';
    await recordAudit(t.services.db, {
      actor: null,
      actorLabel: awkward,
      meta: { ip: `10.0.0.1"${awkward}`, userAgent: 'uji', requestId: 'uji' },
      action: 'login_failed',
      entityType: 'session',
      entityId: awkward,
      after: { text: awkward, list: [awkward, 1.5, null, true], nested: { '"key"': awkward } },
    });
    const res = await t.request(`/api/audit?action=login_failed&limit=1`, { as: admin });
    const [item] = ((await res.json()) as { items: { id: number }[] }).items;
    const [stored] = await queryAudit(t.services.db, { action: 'login_failed', limit: 1 });
    expect(item).toEqual(listed(stored!));
    expect(item).toMatchObject({ actorLabel: awkward, entityId: awkward, record: null });
    const entry = await (await t.request(`/api/audit/${item!.id}`, { as: admin })).json();
    expect(entry).toEqual(shown(stored!));
    expect(entry).toMatchObject({ after: { text: awkward } });
  });

  it('pages the whole trail newest first, as stored, by beforeId', async () => {
    // No filter but the page: a kept statement per page size (audit/query.ts).
    const stored = await queryAudit(t.services.db, { limit: 500 });
    expect(stored.length).toBeGreaterThan(3);
    const page = async (query: string) =>
      ((await (await t.request(`/api/audit?${query}`, { as: admin })).json()) as { items: { id: number }[] }).items;
    for (let round = 0; round < 2; round++) {
      const first = await page('limit=2');
      expect(first).toEqual(stored.slice(0, 2).map(listed));
      expect(await page(`limit=2&beforeId=${first[1]!.id}`)).toEqual(stored.slice(2, 4).map(listed));
    }
    expect(await page(`limit=2&beforeId=${stored.at(-1)!.id}`)).toEqual([]);
  });

  it('refuses staff, a duplicate code and a parent cycle', async () => {
    const body = { code: 'X1', name: 'Unit X', kind: 'unit', parentId: null };
    expect((await t.request('/api/units', { as: staf, body })).status).toBe(403);
    expect((await t.request('/api/units', { as: admin, body })).status).toBe(201);
    const dup = await t.request('/api/units', { as: admin, body });
    expect(dup.status).toBe(409);
    expect(((await dup.json()) as { error: { code: string } }).error.code).toBe('DUPLICATE');

    const parent = await makeUnit(t);
    const child = await makeUnit(t, { parentId: parent.id });
    const cycle = await t.request(`/api/units/${parent.id}`, { as: admin, method: 'PATCH', body: { parentId: child.id } });
    expect(cycle.status).toBe(409);
  });

  it('answers in English when asked', async () => {
    const res = await t.request('/api/units', {
      as: { ...staf, lang: 'en' },
      body: { code: 'Y', name: 'Y unit', kind: 'unit', parentId: null },
    });
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('You are not allowed to do this.');
  });
});

describe('fiscal years and holidays', () => {
  it('counts the working days of 2021 quarters with the seeded holidays', async () => {
    const res = await t.request('/api/fiscal-years/2021', { as: staf });
    expect(res.status).toBe(200);
    const year = (await res.json()) as { quarters: { quarter: number; workingDays: number }[] };
    // Q1 2021: 64 weekdays less 1 Jan, 12 Feb and 11 Mar (14 Mar, Nyepi, was a Sunday).
    expect(year.quarters[0]).toMatchObject({ quarter: 1, workingDays: 61 });
  });

  it('lets the planner add a cuti bersama, not staff', async () => {
    const body = { date: '2021-12-27', name: 'Cuti bersama uji', kind: 'cuti_bersama' };
    expect((await t.request('/api/holidays', { as: staf, body })).status).toBe(403);
    const res = await t.request('/api/holidays', { as: admin, body });
    expect(res.status).toBe(201);
    const list = (await (await t.request('/api/holidays?year=2021', { as: staf })).json()) as { items: { date: string }[] };
    expect(list.items.map((h) => h.date)).toContain('2021-12-27');
  });
});
