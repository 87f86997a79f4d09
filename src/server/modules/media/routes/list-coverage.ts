import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { and, asc, between, eq, ilike, or, sql } from 'drizzle-orm';
import { ZCoverage } from '../../../../shared/media';
import { queryRows } from '../../../db/sql';
import { authorize, unitScope } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { EXPORT_CONTENT, respondWithExport, ZExportQuery } from '../../../platform/exports/list-export';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { coverageColumns } from '../list-exports';
import { unitNames } from '../../org';
import { mediaPolicy } from '../policy';
import { presentCoverage } from '../presenters';
import { mediaCoverages } from '../schema';
import { TAG } from './common';

export const listCoverageRoute = createRoute({
  method: 'get',
  path: '/media/coverage',
  tags: [TAG],
  summary:
    "A year's coverage of strategic activities (a unit sees its own) and the actual news published per month; ?format=xlsx|csv exports the requests, narrowed by status and text",
  request: {
    query: z
      .object({
        year: z.coerce.number().int().min(2000).max(2100),
        // The screen narrows the year's requests itself; an export takes the same narrowing here.
        status: z.enum(['requested', 'covered', 'not_covered']).optional(),
        q: z.string().trim().max(200).optional(),
      })
      .extend(ZExportQuery.shape),
  },
  responses: {
    200: {
      description: 'The year, or its requests as a file',
      content: {
        ...jsonResponse(
          z.object({
            items: z.array(ZCoverage),
            actualNews: z.number(),
            byMonth: z.array(z.object({ month: z.number(), actualNews: z.number() })),
          }),
        ).content,
        ...EXPORT_CONTENT,
      },
    },
    ...STANDARD_ERRORS,
  },
});

export const listCoverageHandler: RouteHandler<typeof listCoverageRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.coverage.read');
  const { year, status, q, format } = c.req.valid('query');
  const db = c.get('db');
  const scope = unitScope(actor, mediaCoverages.unitId);
  const items = await db
    .select()
    .from(mediaCoverages)
    .where(
      and(
        between(mediaCoverages.activityDate, `${year}-01-01`, `${year}-12-31`),
        scope,
        status ? eq(mediaCoverages.status, status) : undefined,
        q ? or(ilike(mediaCoverages.activity, `%${q}%`), ilike(mediaCoverages.place, `%${q}%`)) : undefined,
      ),
    )
    .orderBy(asc(mediaCoverages.activityDate));
  if (format) {
    const lang = c.get('lang');
    const names = await unitNames(
      db,
      items.map((r) => r.unitId),
      lang,
    );
    return respondWithExport(c, {
      rows: items.map(presentCoverage),
      format,
      fileName: { id: `Peliputan ${year}`, en: `Coverage ${year}` },
      entityType: 'media_coverage',
      filters: { year, status, q },
      columns: coverageColumns(lang, (id) => names.get(id) ?? ''),
    });
  }
  const months = await queryRows<{ month: number; n: number }>(
    db,
    sql`SELECT extract(month FROM news_published_date)::int AS month, count(*)::int AS n FROM media_coverages
        WHERE news_published_date BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`} AND ${scope ?? sql`true`} GROUP BY 1`,
  );
  const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, actualNews: months.find((m) => m.month === i + 1)?.n ?? 0 }));
  return c.json({ items: items.map(presentCoverage), actualNews: byMonth.reduce((a, m) => a + m.actualNews, 0), byMonth }, 200);
};
