import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbOrTx } from '../../src/server/db/types';
import { auditLog } from '../../src/server/platform/audit/schema';
import { verifyAuditChain } from '../../src/server/platform/audit/verify';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

/**
 * The audit trail: every change through the API leaves an entry with what it was before and
 * after; the chain of hashes shows any later edit made directly in the database; and the
 * database itself refuses to update or delete an entry.
 */

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await makeUser(t, 'admin', (await makeUnit(t, { kind: 'bureau' })).id)).session;
});
afterAll(() => t.close());

const entriesOf = (entityId: string) =>
  t.services.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.id));

/** Runs `statement` with the append-only trigger switched off, as an intruder with full rights would. */
async function tamper(statement: ReturnType<typeof sql>) {
  await t.services.db.transaction(async (tx: DbOrTx) => {
    await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    await tx.execute(statement);
    await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
  });
}

/** Entries written through the API by creating and changing a unit. */
async function unitWithHistory() {
  const created = await t.request('/api/units', {
    as: admin,
    body: { code: `AU-${Math.random().toString(36).slice(2, 8)}`, name: 'Unit diaudit', kind: 'unit', parentId: null },
  });
  expect(created.status).toBe(201);
  const unit = (await created.json()) as { id: string; code: string };
  expect((await t.request(`/api/units/${unit.id}`, { as: admin, method: 'PATCH', body: { name: 'Unit diaudit (ubah)' } })).status).toBe(
    200,
  );
  return unit;
}

describe('entries', () => {
  it('records who changed what, with the record before and after', async () => {
    const unit = await unitWithHistory();
    const [create, update] = await entriesOf(unit.id);
    expect(create).toMatchObject({ action: 'create', entityType: 'unit', before: null, after: { code: unit.code, name: 'Unit diaudit' } });
    expect(update).toMatchObject({
      action: 'update',
      before: { name: 'Unit diaudit' },
      after: { name: 'Unit diaudit (ubah)' },
    });
    expect(update!.actorLabel).toMatch(/^Pengguna \d+ <admin\./);
    expect(update!.prevHash).toBe(create!.hash);

    const holiday = (await (
      await t.request('/api/holidays', { as: admin, body: { date: '2041-05-05', name: 'Libur diaudit', kind: 'national' } })
    ).json()) as { id: string };
    expect((await t.request(`/api/holidays/${holiday.id}`, { as: admin, method: 'DELETE' })).status).toBe(204);
    const [, removed] = await entriesOf(holiday.id);
    expect(removed).toMatchObject({ action: 'delete', before: { name: 'Libur diaudit' }, after: null });
  });

  it('keeps one unbroken chain when many changes arrive at once', async () => {
    const before = (await verifyAuditChain(t.services.db)).entries;
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.request('/api/holidays', {
          as: admin,
          body: { date: `2042-03-${String(i + 1).padStart(2, '0')}`, name: 'Serentak', kind: 'national' },
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(await verifyAuditChain(t.services.db)).toEqual({ ok: true, entries: before + 12 });
  });
});

describe('tamper evidence', () => {
  it('verifies the untouched chain', async () => {
    await unitWithHistory();
    const result = await verifyAuditChain(t.services.db);
    expect(result.ok).toBe(true);
    expect(result.entries).toBeGreaterThan(3);
  });

  it("names the entry whose content was edited behind the application's back", async () => {
    const unit = await unitWithHistory();
    const [, update] = await entriesOf(unit.id);
    await tamper(sql`UPDATE audit_log SET after = ${JSON.stringify({ name: 'Nama palsu' })}::jsonb WHERE id = ${update!.id}`);
    expect(await verifyAuditChain(t.services.db)).toMatchObject({ ok: false, brokenAt: update!.id, reason: 'content' });
    // Put back exactly, the chain holds again: the check is about content, not about the edit.
    await tamper(sql`UPDATE audit_log SET after = ${JSON.stringify(update!.after)}::jsonb WHERE id = ${update!.id}`);
    expect((await verifyAuditChain(t.services.db)).ok).toBe(true);
  });

  it('names the entry after one that was deleted', async () => {
    const unit = await unitWithHistory();
    const [create, update] = await entriesOf(unit.id);
    await tamper(sql`DELETE FROM audit_log WHERE id = ${create!.id}`);
    expect(await verifyAuditChain(t.services.db)).toMatchObject({ ok: false, brokenAt: update!.id, reason: 'link' });
    // Restore the row so the next test starts from an intact chain.
    await tamper(
      sql`INSERT INTO audit_log SELECT * FROM json_populate_record(NULL::audit_log, ${JSON.stringify({
        ...create,
        actor_id: create!.actorId,
        actor_label: create!.actorLabel,
        user_agent: create!.userAgent,
        entity_type: create!.entityType,
        entity_id: create!.entityId,
        unit_id: create!.unitId,
        prev_hash: create!.prevHash,
      })}::json)`,
    );
    expect((await verifyAuditChain(t.services.db)).ok).toBe(true);
  });
});

/** The database's own message for a refused statement (the driver wraps it in a "Failed query"). */
async function refusal(query: PromiseLike<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return `${(error as Error).message} ${cause?.message ?? ''}`;
  }
  return 'not refused';
}

describe('append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE on the audit trail in the database itself', async () => {
    const [entry] = await t.services.db.select().from(auditLog).limit(1);
    expect(await refusal(t.services.db.execute(sql`UPDATE audit_log SET action = 'login' WHERE id = ${entry!.id}`))).toMatch(/append-only/);
    expect(await refusal(t.services.db.execute(sql`DELETE FROM audit_log WHERE id = ${entry!.id}`))).toMatch(/append-only/);
    expect(await refusal(t.services.db.delete(auditLog))).toMatch(/append-only/);
    // TRUNCATE fires no row trigger; emptied, the trail would verify as an intact chain of nothing.
    expect(await refusal(t.services.db.execute(sql`TRUNCATE audit_log`))).toMatch(/append-only/);
    const [still] = await t.services.db.select().from(auditLog).where(eq(auditLog.id, entry!.id));
    expect(still).toEqual(entry);
    expect((await verifyAuditChain(t.services.db)).ok).toBe(true);
  });
});
