import { z } from '@hono/zod-openapi';

/** An import's preview (or its result): the rows as read, and every problem by row and column. */
export const ZImportBatch = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.enum(['previewed', 'committed']),
    fileName: z.string(),
    rowCount: z.number().int(),
    errorCount: z.number().int(),
    createdAt: z.string(),
    committedAt: z.string().nullable(),
    columns: z.array(z.object({ key: z.string(), header: z.string(), required: z.boolean() })),
    errors: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), header: z.string().nullable(), message: z.string() })),
    rows: z.array(
      z.object({
        row: z.number().int(),
        values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
        valid: z.boolean(),
      }),
    ),
    /** The page of rows returned (errors are always complete). */
    offset: z.number().int(),
    limit: z.number().int(),
  })
  .openapi('ImportBatch');
export type TImportBatch = z.infer<typeof ZImportBatch>;

export const ZImportPage = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
