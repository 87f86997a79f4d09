import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { and, asc, between, eq, sql } from 'drizzle-orm';
import { COMMODITIES, ZRelease, ZReleaseKind } from '../../../../shared/media';
import { queryRows } from '../../../db/sql';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { EXPORT_CONTENT, respondWithExport, ZExportQuery } from '../../../platform/exports/list-export';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { releaseColumns } from '../list-exports';
import { mediaPolicy } from '../policy';
import { presentRelease } from '../presenters';
import { mediaReleases } from '../schema';
import { TAG } from './common';

const ZCounts = z.object({ pressRelease: z.number(), clarification: z.number() });

export const listReleasesRoute = createRoute({
  method: 'get',
  path: '/media/releases',
  tags: [TAG],
  summary: "A year's press releases and clarifications, with their counts per month and per commodity; ?format=xlsx|csv exports them",
  request: {
    query: z.object({ year: z.coerce.number().int().min(2000).max(2100), kind: ZReleaseKind.optional() }).extend(ZExportQuery.shape),
  },
  responses: {
    200: {
      description: 'The year, or its releases as a file',
      content: {
        ...jsonResponse(
          z.object({
            items: z.array(ZRelease),
            byMonth: z.array(ZCounts.extend({ month: z.number() })),
            byCommodity: z.array(ZCounts.extend({ commodity: z.enum(COMMODITIES) })),
          }),
        ).content,
        ...EXPORT_CONTENT,
      },
    },
    ...STANDARD_ERRORS,
  },
});

export const listReleasesHandler: RouteHandler<typeof listReleasesRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.read');
  const { year, kind, format } = c.req.valid('query');
  const db = c.get('db');
  const inYear = between(mediaReleases.date, `${year}-01-01`, `${year}-12-31`);
  const items = await db
    .select()
    .from(mediaReleases)
    .where(and(inYear, kind ? eq(mediaReleases.kind, kind) : undefined))
    .orderBy(asc(mediaReleases.date), asc(mediaReleases.number));
  if (format) {
    // A year holds tens of releases, never near the export limit.
    return respondWithExport(c, {
      rows: items.map(presentRelease),
      format,
      fileName: { id: `Siaran pers ${year}`, en: `Releases ${year}` },
      entityType: 'media_release',
      filters: { year, kind },
      columns: releaseColumns(c.get('lang')),
    });
  }
  const counted = sql`count(*) FILTER (WHERE kind = 'press_release')::int AS "pressRelease", count(*) FILTER (WHERE kind = 'clarification')::int AS clarification`;
  const range = sql`date BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}`;
  const [months, commodities] = await Promise.all([
    queryRows<{ month: number; pressRelease: number; clarification: number }>(
      db,
      sql`SELECT extract(month FROM date)::int AS month, ${counted} FROM media_releases WHERE ${range} GROUP BY 1`,
    ),
    queryRows<{ commodity: (typeof COMMODITIES)[number]; pressRelease: number; clarification: number }>(
      db,
      sql`SELECT commodity, ${counted} FROM media_releases, unnest(commodities) AS commodity WHERE ${range} GROUP BY 1`,
    ),
  ]);
  const byMonth = Array.from(
    { length: 12 },
    (_, i) => months.find((m) => m.month === i + 1) ?? { month: i + 1, pressRelease: 0, clarification: 0 },
  );
  const byCommodity = COMMODITIES.map(
    (commodity) => commodities.find((r) => r.commodity === commodity) ?? { commodity, pressRelease: 0, clarification: 0 },
  );
  return c.json({ items: items.map(presentRelease), byMonth, byCommodity }, 200);
};
