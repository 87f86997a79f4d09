import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { fromJsonWire, joinJsonBody, jsonArrayText, jsonObjectText, jsonWire } from '../../../db/json-text';
import { firstRow } from '../../../db/kept';
import { preparedOnce } from '../../../db/prepared';
import type { Db } from '../../../db/types';
import { auditLog } from '../../../platform/audit/schema';
import { projectYearEnd, suggestTarget, type Direction } from '../achievement';
import type { MeasureRegistry } from '../measures';
import { AppError } from '../../../platform/errors';
import { perfIndicators } from '../schema';
import { evaluateIndicators, indicatorRealizations } from './evaluate';

const p = (name: string) => sql.placeholder(name);

/** The indicator and its code's other years, in one read; a named statement, parsed once per connection. */
const sameCodeStatement = (db: Db) =>
  preparedOnce(db, 'indicator_same_code', () =>
    db
      .select()
      .from(perfIndicators)
      .where(
        inArray(
          perfIndicators.code,
          db
            .select({ code: perfIndicators.code })
            .from(perfIndicators)
            .where(eq(perfIndicators.id, p('id'))),
        ),
      )
      .prepare('indicator_same_code'),
  );

/**
 * The changes of an indicator, its targets and budget and its realizations, newest first, as the
 * text of a JSON array written by the database (db/json-text.ts): a hundred entries with their
 * `before` and `after` read into values and written out again cost more than the query. One
 * statement whatever the number of realizations (their ids are one array), built once and named:
 * on PGlite through `PREPARE` (db/pglite-named.ts), where planning it took longer than running it.
 */
function historyStatement(db: Db) {
  return preparedOnce(db, 'indicator_history', () => {
    const h = (column: string) => sql.raw(`h.${column}`);
    const entries = db
      .select()
      .from(auditLog)
      .where(
        or(
          and(inArray(auditLog.entityType, ['perf_indicator', 'perf_targets', 'perf_budget']), eq(auditLog.entityId, p('id'))),
          and(eq(auditLog.entityType, 'perf_realization'), sql`${auditLog.entityId} = ANY(${p('realizationIds')}::text[])`),
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(100)
      .as('h');
    const entry = jsonObjectText([
      ['id', h('id'), 'number'],
      ['at', h('at'), 'moment'],
      ['actor', h('actor_label'), 'text'],
      ['action', h('action'), 'text'],
      ['entityType', h('entity_type'), 'text'],
      ['before', h('before'), 'json'],
      ['after', h('after'), 'json'],
    ]);
    const statement = db.select({ json: sql<string>`${jsonWire(jsonArrayText(entry, sql`${h('id')} DESC`))}` }).from(entries);
    return { name: 'indicator_history', prepared: statement.prepare('indicator_history'), query: statement.toSQL() };
  });
}

async function readHistory(db: Db, id: string, realizationIds: string[]): Promise<string | Buffer> {
  // Ids are UUIDs: an array literal needs no quoting inside.
  // The generic plan, forced: PostgreSQL found it dearer than a plan for the values (it cannot
  // count an array parameter's ids) and planned every request, 0,3 ms each, for the same plan.
  const params = { id, realizationIds: `{${realizationIds.join(',')}}` };
  const [json] = (await firstRow(db, historyStatement(db), params, { generic: true }))!;
  return fromJsonWire(json as string);
}

/**
 * Everything the indicator page shows: the definition, each period's evaluation, the realization
 * rows with evidence, the history of changes, other years of the same code, a year-end projection
 * and the target advisor's suggestion.
 */
async function indicatorPageParts(db: Db, measures: MeasureRegistry, id: string) {
  // The indicator and its code's other years in one read; its realizations from the year's rows
  // that the dashboard keeps (evaluate.ts). A request reads the database twice (this and the
  // history) where it read four times.
  const sameCode = await sameCodeStatement(db).execute({ id });
  const indicator = sameCode.find((row) => row.id === id);
  if (!indicator) throw new AppError('NOT_FOUND');
  const realizations = await indicatorRealizations(db, indicator);
  const historyJson = await readHistory(
    db,
    id,
    realizations.map((r) => r.id),
  );
  // Its own year period by period, and the same code's other years, read together.
  const evaluations = await evaluateIndicators(
    db,
    measures,
    sameCode.map((other) => ({ id: other.id, year: other.year })),
    (year) => (year === indicator.year ? [0, 1, 2, 3, 4] : [0]),
  );
  const periods = evaluations.filter((e) => e.id === id).map(({ year: _year, ...evaluation }) => evaluation);
  const sameYears = evaluations.filter((e) => e.period === 0);
  const years = sameYears.map((item) => ({
    year: item.year,
    indicatorId: item.id,
    target: item.target,
    realization: item.realization,
    achievementPct: item.achievementPct,
  }));
  const quarterPoints = periods
    .filter((p) => p.period > 0 && p.realization !== null)
    .map((p) => ({ quarter: p.period, value: p.realization as number }));
  const advice = suggestTarget(
    years.filter((y) => y.year <= indicator.year),
    indicator.direction as Direction,
  );
  const page = {
    indicator: {
      id: indicator.id,
      year: indicator.year,
      code: indicator.code,
      name: indicator.name,
      nameEn: indicator.nameEn,
      definition: indicator.definition,
      unit: indicator.unit,
      decimals: indicator.decimals,
      direction: indicator.direction,
      source: indicator.source === 'measure' ? 'computed' : 'manual',
      measure: indicator.measureKey,
      measureLabel: indicator.measureKey ? (measures.get(indicator.measureKey)?.label ?? null) : null,
      sourceNote: indicator.sourceNote,
      quarterlyRule: indicator.quarterlyRule,
      responsibleUnitId: indicator.responsibleUnitId,
      weight: indicator.weight,
      evidenceRequired: indicator.evidenceRequired,
    },
    periods,
    realizations: realizations
      .sort((a, b) => a.period - b.period)
      .map((r) => ({
        id: r.id,
        period: r.period,
        value: r.value,
        note: r.note,
        evidenceLinks: r.evidenceLinks,
        evidenceFileIds: r.evidenceFileIds,
        status: r.status,
        statusComment: r.statusComment,
        submittedAt: r.submittedAt?.toISOString() ?? null,
        approvedAt: r.approvedAt?.toISOString() ?? null,
      })),
    years,
    projection: projectYearEnd(quarterPoints, indicator.quarterlyRule === 'cumulative'),
    advice,
  };
  return { page, historyJson };
}

/** The page's body (IndicatorPage): the history spliced in as the database wrote it (text, or its bytes). */
export async function indicatorPageBody(db: Db, measures: MeasureRegistry, id: string): Promise<string | Buffer> {
  const { page, historyJson } = await indicatorPageParts(db, measures, id);
  return joinJsonBody([`${JSON.stringify(page).slice(0, -1)},"history":`, historyJson, '}']);
}

/** A change of the indicator, its targets, budget or realizations, as the page lists it. */
export interface IndicatorHistoryEntry {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  entityType: string;
  before: unknown;
  after: unknown;
}

/** The indicator page (`GET /api/performance/indicators/{id}`) as its body holds it. */
export type IndicatorPage = Awaited<ReturnType<typeof indicatorPageParts>>['page'] & { history: IndicatorHistoryEntry[] };
