import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/record';
import { user } from '../../../platform/auth/schema';
import { SYSTEM_META } from '../../../platform/command';
import { createDigest } from '../digest/create';
import { slotsOf } from '../digest/schedule';
import { detectSpikes, recordAlerts } from '../digest/spikes';
import { bulkInsertNews } from '../news/bulk-insert';
import { afterBulkLoad } from '../news/maintenance';
import { addDays, nameKey } from '../normalize';
import { getMediaSettings } from '../settings';
import { personalDataRequests } from '../../../platform/personal-data/schema';
import { loadWorkingCalendar } from '../../org';
import { mediaCoverages, mediaDigestSubscriptions, mediaInterviewRequests, mediaJournalists, mediaOutlets, mediaReleases } from '../schema';
import { reconciledMonths } from './figures';
import { generateInterviews } from './interviews';
import { DEMO_OUTLETS, FIRST_NAMES, LAST_NAMES } from './names';
import { generateYearNews } from './news';
import { Random } from './random';
import { generateCoverage, generateReleases } from './releases';
import { demoDataRequests } from './data-requests';

export interface MediaDemoSummary {
  news: number;
  interviews: number;
  releases: number;
  coverages: number;
}

/**
 * BPOM's media relations in 2021 as records (README beside this file): outlets and journalists,
 * 35.931 toned news items, 88 interview requests, 48 press releases and 18 clarifications, 343
 * actual news. With `scale` > 1 the years before 2021 get generated routine coverage at the same
 * volume, for benchmarks (`simpul demo --scale 10` gives 360.000 items).
 */
export async function loadMediaDemo(db: Db, unitIds: Record<string, string>, scale = 1): Promise<MediaDemoSummary> {
  const random = new Random(20_211_231);
  const people = await db
    .select({ id: user.id, email: user.email })
    .from(user)
    .where(inArray(user.email, ['staf@simpul.demo', 'koordinator@simpul.demo']));
  const staf = people.find((p) => p.email === 'staf@simpul.demo')?.id ?? null;
  const koordinator = people.find((p) => p.email === 'koordinator@simpul.demo')?.id ?? null;
  const months = reconciledMonths();
  const summary: MediaDemoSummary = { news: 0, interviews: 0, releases: 0, coverages: 0 };

  await db.transaction(async (tx) => {
    const outlets = await tx
      .insert(mediaOutlets)
      .values(
        DEMO_OUTLETS.map((o) => ({
          id: random.uuid(),
          name: o.name,
          nameKey: nameKey(o.name),
          mediaType: o.type,
          region: o.region,
          website: `https://${o.domain}`,
        })),
      )
      .returning({ id: mediaOutlets.id, name: mediaOutlets.name });
    const outletIds = new Map(outlets.map((o) => [o.name, o.id]));

    // Two journalists per outlet, with the consent they gave when joining the media contact list.
    const journalists = outlets.flatMap((o) =>
      [0, 1].map(() => {
        const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
        const outlet = DEMO_OUTLETS.find((d) => d.name === o.name)!;
        return {
          id: random.uuid(),
          name,
          outletId: o.id,
          beat: random.pick(['Kesehatan', 'Ekonomi', 'Nasional', 'Daerah']),
          mediaType: outlet.type,
          region: outlet.region,
          email: `${name.toLowerCase().replace(/\s+/g, '.')}@${outlet.domain}`,
          phone: null,
          legalBasis: 'consent',
          purpose: 'Undangan peliputan, permohonan wawancara, survei kepuasan media dan ringkasan pemberitaan.',
          consentAt: new Date(Date.UTC(2021, 0, random.int(4, 29), 3)),
          consentNoticeVersion: 'demo-2021',
          retentionUntil: '2027-12-31',
        };
      }),
    );
    await tx.insert(mediaJournalists).values(journalists);
    // Two of them asked about their data in 2021, and were answered within the 3 × 24 hours.
    await tx.insert(personalDataRequests).values(demoDataRequests(journalists, koordinator));

    for (let k = 0; k < scale; k++) {
      const year = 2021 - k;
      const rows = generateYearNews({ year, months, withIssues: year === 2021, outletIds, staffId: staf, random });
      await bulkInsertNews(tx, rows);
      summary.news += rows.length;
      const interviews = generateInterviews(random, year, months, { koordinator, staf });
      await tx.insert(mediaInterviewRequests).values(interviews);
      summary.interviews += interviews.length;
    }

    const releases = generateReleases(random, staf);
    await tx.insert(mediaReleases).values(releases);
    summary.releases = releases.length;
    const coverages = generateCoverage(random, months, unitIds, staf);
    await tx.insert(mediaCoverages).values(coverages);
    summary.coverages = coverages.length;

    const subscribers = ['bbpom-jkt', 'bbpom-bdg', 'bbpom-sby', 'bbpom-mdn', 'bbpom-mks', 'd1', 'd2', 'd3', 'd4'];
    await tx
      .insert(mediaDigestSubscriptions)
      .values(
        subscribers.filter((k) => unitIds[k]).map((k) => ({ id: random.uuid(), unitId: unitIds[k]!, email: `humas.${k}@simpul.demo` })),
      );
    // One audit entry for the whole load, as for any bulk import.
    await recordAudit(tx, {
      actor: null,
      actorLabel: 'simpul demo',
      meta: SYSTEM_META,
      action: 'import',
      entityType: 'media_demo',
      after: summary,
    });
  });
  await afterBulkLoad(db, summary.news, { vacuum: true });
  // The year's early-warning alerts, and the digests of 2021's last fortnight as the job made them.
  await recordAlerts(db, await detectSpikes(db, '2021-01-15', '2021-12-31'));
  const settings = await getMediaSettings(db);
  const calendar = await loadWorkingCalendar(db, '2021-12-01', '2021-12-31');
  for (let day = '2021-12-18'; day <= '2021-12-31'; day = addDays(day, 1)) {
    for (const slot of slotsOf(day, settings, calendar)) await createDigest(db, { slot: slot.at, kind: slot.kind });
  }
  // PGlite grows its write-ahead log by the size of the load; a checkpoint gives it back.
  await db.execute(sql`CHECKPOINT`);
  return summary;
}
