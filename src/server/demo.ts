import { count } from 'drizzle-orm';
import type { Db } from './db/types';
import { loadMediaDemo } from './modules/media';
import { MEASURES } from './modules/measures';
import { loadOrgDemo } from './modules/org/demo';
import { loadPerformanceDemo } from './modules/performance';
import { loadSurveysDemo } from './modules/surveys';
import { units } from './modules/org/schema';
import { SYSTEM_META } from './platform/command';

export interface DemoOptions {
  /** Years of data at 2021's scale; modules with volume data generate that many years (bench). */
  scale?: number;
}

/** A module's part of the demo; it receives the unit ids by key from the organisation demo. */
export type DemoLoader = (ctx: { db: Db; unitIds: Record<string, string>; options: DemoOptions }) => Promise<void>;

/** The modules' demo loaders, in dependency order. Each new module adds its own here. */
const MODULE_DEMOS: { name: string; load: DemoLoader }[] = [
  { name: 'media', load: async ({ db, unitIds, options }) => void (await loadMediaDemo(db, unitIds, options.scale ?? 1)) },
  { name: 'surveys', load: ({ db, unitIds }) => loadSurveysDemo(db, unitIds) },
  { name: 'performance', load: ({ db, unitIds, options }) => loadPerformanceDemo(db, MEASURES, unitIds, options.scale ?? 1) },
];

export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(units);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads BPOM's bureau as it stood in 2021 into an empty database (spec README, "The demo dataset").
 * Refuses a database that already has an organisation, so it can never mix with real data.
 */
export async function loadDemo(db: Db, options: DemoOptions = {}): Promise<{ loaded: boolean; modules: string[] }> {
  if (!(await isEmptyDatabase(db))) return { loaded: false, modules: [] };
  const unitIds = await db.transaction((tx) => loadOrgDemo({ tx, actor: null, meta: SYSTEM_META }));
  const modules = ['org'];
  for (const demo of MODULE_DEMOS) {
    await demo.load({ db, unitIds, options });
    modules.push(demo.name);
  }
  return { loaded: true, modules };
}
