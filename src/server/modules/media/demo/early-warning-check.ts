import type { DbOrTx } from '../../../db/types';
import { addDays } from '../normalize';
import { detectSpikes, type Spike } from '../digest/spikes';
import { reconciledMonths } from './figures';
import { MONTH_ISSUES } from './issues';
import { ROUTINE_TOPICS } from './routine';

/** Days after a peak on which a further alert still belongs to the same event (coverage decays over ~3 days). */
const EVENT_DAYS = 2;

export interface Event {
  kind: 'issue' | 'negative';
  subject: string;
  date: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A month needs this many negative items for its controversial issues to bring a day of three or more. */
const NEGATIVE_MONTH = 7;

/**
 * The demo's ground truth: each month issue peaks on its day (`issues.ts`), for each of its tags;
 * a seasonal routine topic starts on the first day of its first month; the negative items follow the
 * controversial issues, so negative tone peaks with them in the months that have enough negatives
 * to peak at all (April, June, July, November).
 */
export function demoEvents(year: number): Event[] {
  const events: Event[] = [];
  const negatives = reconciledMonths().map((m) => m.negative);
  for (const [month, issues] of Object.entries(MONTH_ISSUES)) {
    for (const issue of issues) {
      const date = `${year}-${pad(Number(month))}-${pad(issue.onset)}`;
      for (const tag of issue.tags) events.push({ kind: 'issue', subject: tag, date });
      if (issue.polemic && negatives[Number(month) - 1]! >= NEGATIVE_MONTH) events.push({ kind: 'negative', subject: '', date });
    }
  }
  for (const topic of ROUTINE_TOPICS)
    if (topic.months) events.push({ kind: 'issue', subject: topic.tag, date: `${year}-${pad(topic.months[0]!)}-01` });
  return events;
}

export interface EarlyWarningCheck {
  from: string;
  to: string;
  seriesDays: number;
  alerts: number;
  trueAlerts: number;
  falseAlerts: number;
  /** False alerts per series-day: how often a quiet series raises an alarm. */
  falseAlarmRate: number;
  precision: number;
  eventsDetected: number;
  events: number;
  falseExamples: Spike[];
  missed: Event[];
}

/** Runs the early warning over a demo year and scores its alerts against the peaks the demo was built with. */
export async function checkEarlyWarning(db: DbOrTx, year = 2021): Promise<EarlyWarningCheck> {
  // Mid-January on: the first days have no 14-day history in the demo.
  const from = `${year}-01-15`;
  const to = `${year}-12-31`;
  const spikes = await detectSpikes(db, from, to);
  const events = demoEvents(year).filter((e) => e.date >= from && e.date <= to);
  const explains = (s: Spike, e: Event) =>
    e.kind === s.kind && e.subject === s.subject && s.date >= e.date && s.date <= addDays(e.date, EVENT_DAYS);
  const falseAlerts = spikes.filter((s) => !events.some((e) => explains(s, e)));
  const detected = events.filter((e) => spikes.some((s) => explains(s, e)));
  const series = new Set([...Object.values(MONTH_ISSUES).flatMap((l) => l.flatMap((i) => i.tags)), ...ROUTINE_TOPICS.map((t) => t.tag)]);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  const seriesDays = (series.size + 1) * days;
  return {
    from,
    to,
    seriesDays,
    alerts: spikes.length,
    trueAlerts: spikes.length - falseAlerts.length,
    falseAlerts: falseAlerts.length,
    falseAlarmRate: falseAlerts.length / seriesDays,
    precision: spikes.length ? (spikes.length - falseAlerts.length) / spikes.length : 0,
    eventsDetected: detected.length,
    events: events.length,
    falseExamples: falseAlerts.slice(0, 20),
    missed: events.filter((e) => !detected.includes(e)),
  };
}
