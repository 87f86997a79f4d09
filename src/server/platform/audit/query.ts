import { z } from '@hono/zod-openapi';
import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { fromJsonWire, joinJsonBody, jsonArrayText, jsonObjectText, jsonWire } from '../../db/json-text';
import { firstRow } from '../../db/kept';
import { preparedOnce } from '../../db/prepared';
import type { Db } from '../../db/types';
import { auditLog } from './schema';

export const ZAuditFilters = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  actorId: z.string().max(100).optional(),
  action: z.string().max(40).optional(),
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  beforeId: z.coerce.number().int().positive().optional(),
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export const ZAuditEntry = z
  .object({
    id: z.number(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string().nullable(),
    ip: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    hash: z.string(),
  })
  .openapi('AuditEntry');
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00+07:00`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** The filters as conditions. Dates are days in Jakarta; `beforeId` pages backwards. */
function auditWhere(filters: TAuditFilters): SQL | undefined {
  const where: SQL[] = [];
  if (filters.from) where.push(gte(auditLog.at, new Date(`${filters.from}T00:00:00+07:00`)));
  if (filters.to) where.push(lt(auditLog.at, new Date(nextDay(filters.to))));
  if (filters.actorId) where.push(eq(auditLog.actorId, filters.actorId));
  if (filters.action) where.push(eq(auditLog.action, filters.action));
  if (filters.entityType) where.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) where.push(eq(auditLog.entityId, filters.entityId));
  if (filters.beforeId) where.push(lt(auditLog.id, filters.beforeId));
  return where.length ? and(...where) : undefined;
}

/** Newest first. */
export async function queryAudit(db: Db, filters: TAuditFilters, limit = filters.limit) {
  return db.select().from(auditLog).where(auditWhere(filters)).orderBy(desc(auditLog.id)).limit(limit);
}

/** An entry of the list: who did what to which record, and when; its content on demand (`ZAuditEntry`). */
export const ZAuditListItem = ZAuditEntry.omit({ before: true, after: true, hash: true })
  .extend({
    /** The record's human handle, when its content has one: a unit's code, a user's e-mail, a holiday's date, a name, a headline. */
    record: z.string().nullable(),
  })
  .openapi('AuditListItem');
export type TAuditListItem = z.infer<typeof ZAuditListItem>;

/** The fields of a record that name it for a person, in order of preference (`record`). */
export const RECORD_HANDLES = ['code', 'email', 'date', 'name', 'title'] as const;

const a = (column: string) => sql.raw(`a.${column}`);

/** The first handle of the record after the change (or before it, for a deletion) that is text. */
const recordHandle = sql.raw(
  `CASE ${RECORD_HANDLES.map((key) => `WHEN jsonb_typeof(coalesce(a.after, a.before) -> '${key}') = 'string' THEN coalesce(a.after, a.before) ->> '${key}'`).join(' ')} END`,
);

/**
 * An entry of the list (`AuditListItem`) as the database writes it. The content before and after
 * and the hash are left to the entry's own page: they were three quarters of a list page's bytes
 * (82 KB of 100 entries against 20 KB), and the list shows only the record's handle.
 */
const ENTRY = jsonObjectText([
  ['id', a('id'), 'number'],
  ['at', a('at'), 'moment'],
  ['actorId', a('actor_id'), 'text'],
  ['actorLabel', a('actor_label'), 'text'],
  ['ip', a('ip'), 'text'],
  ['action', a('action'), 'text'],
  ['entityType', a('entity_type'), 'text'],
  ['entityId', a('entity_id'), 'text'],
  ['record', recordHandle, 'text'],
]);

/** A page of entries, newest first, as the text of a JSON array (jsonWire). */
function pageOf(db: Db, where: SQL | undefined, limit: number) {
  const entries = db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(limit).as('a');
  return db.select({ items: sql<string>`${jsonWire(jsonArrayText(ENTRY, sql`${a('id')} DESC`))}` }).from(entries);
}

/**
 * The trail's page as it opens and scrolls (no filter but `beforeId`): a named statement with its
 * size written in, parsed and planned once per connection — on PGlite through `PREPARE`
 * (db/pglite-named.ts) — as the news list's first page (decision record 008). The keys are bounded
 * by the page sizes the filters allow (1–500).
 */
function plainPageStatement(db: Db, limit: number, paged: boolean) {
  const name = `audit_page_${paged ? 'before_' : ''}${limit}`;
  return preparedOnce(db, name, () => {
    // The size written in: Drizzle takes a number or a placeholder for LIMIT, and writes an SQL chunk as it is.
    const size = sql.raw(String(limit)) as unknown as number;
    const statement = pageOf(db, paged ? lt(auditLog.id, sql.placeholder('beforeId')) : undefined, size);
    return { name, prepared: statement.prepare(name), query: statement.toSQL() };
  });
}

const isPlain = (f: TAuditFilters) => !f.from && !f.to && !f.actorId && !f.action && !f.entityType && !f.entityId;

async function plainPage(db: Db, filters: TAuditFilters): Promise<string> {
  const statement = plainPageStatement(db, filters.limit, filters.beforeId !== undefined);
  const [items] = (await firstRow(db, statement, { beforeId: filters.beforeId }))!;
  return items as string;
}

/**
 * A page of the trail as the list's response body (`{ items: AuditListItem[] }`), its entries written
 * by the database as one text (db/json-text.ts) that the server sends as it is. Reading a hundred
 * entries into values and writing them out again was most of the server's
 * work for the page — on PGlite most of it decoding the rows' messages. A page with text beyond
 * ASCII comes as its bytes (db/json-text.ts, `jsonWire`).
 */
export async function auditPageBody(db: Db, filters: TAuditFilters): Promise<string | Buffer> {
  const items = isPlain(filters) ? await plainPage(db, filters) : (await pageOf(db, auditWhere(filters), filters.limit))[0]!.items;
  return joinJsonBody(['{"items":', fromJsonWire(items), '}']);
}

/** One entry with its content (`AuditEntry`), or undefined. */
export async function findAuditEntry(db: Db, id: number): Promise<TAuditEntry | undefined> {
  const [entry] = await db.select().from(auditLog).where(eq(auditLog.id, id));
  if (!entry) return undefined;
  const { userAgent: _ua, unitId: _unit, prevHash: _prev, ...shown } = entry;
  return { ...shown, at: entry.at.toISOString() };
}
