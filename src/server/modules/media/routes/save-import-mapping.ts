import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/record';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { NEWS_COLUMNS } from '../imports/news-import';
import { mediaPolicy } from '../policy';
import { mediaImportMappings } from '../schema';
import { TAG } from './common';

const KEYS = NEWS_COLUMNS.map((c) => c.key) as [string, ...string[]];

export const saveImportMappingRoute = createRoute({
  method: 'post',
  path: '/media/news/import/mappings',
  tags: [TAG],
  summary: "Save a vendor's column mapping under a name (the same name replaces it)",
  request: {
    body: jsonBody(
      z.strictObject({ name: z.string().trim().min(2).max(100), mapping: z.record(z.string().max(200), z.enum(KEYS).nullable()) }),
    ),
  },
  responses: { 200: jsonResponse(z.object({ id: z.string(), name: z.string() })), ...STANDARD_ERRORS },
});

export const saveImportMappingHandler: RouteHandler<typeof saveImportMappingRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.news.import');
  const { name, mapping } = c.req.valid('json');
  const targets = Object.values(mapping).filter((v) => v !== null);
  if (new Set(targets).size !== targets.length) {
    throw new AppError('VALIDATION', {
      fields: [{ path: 'mapping', message: 'Satu kolom dipetakan dua kali. / A column is mapped twice.' }],
    });
  }
  const row = await c.get('db').transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: mediaImportMappings.id })
      .from(mediaImportMappings)
      .where(sql`lower(${mediaImportMappings.name}) = lower(${name})`);
    const [saved] = existing
      ? await tx
          .update(mediaImportMappings)
          .set({ mapping, createdBy: actor.id })
          .where(eq(mediaImportMappings.id, existing.id))
          .returning()
      : await tx.insert(mediaImportMappings).values({ id: crypto.randomUUID(), name, mapping, createdBy: actor.id }).returning();
    await recordAudit(tx, {
      actor,
      meta: c.get('meta'),
      action: 'update',
      entityType: 'media_import_mapping',
      entityId: saved!.id,
      after: saved,
    });
    return saved!;
  });
  return c.json({ id: row.id, name: row.name }, 200);
};
