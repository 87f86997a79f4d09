import type { TCommodity, TMediaType, TTone } from '../../../../shared/media';
import type { NewsRow } from '../news/bulk-insert';
import { titleKey, urlKey } from '../normalize';
import { ELECTRONIC_SPLIT, type MonthTones, NEWS_BY_GROUP } from './figures';
import { type DemoIssue, MONTH_ISSUES } from './issues';
import { ROUTINE_TOPICS } from './routine';
import { CITIES, type DemoOutlet, DEMO_OUTLETS, FIRST_NAMES, LAST_NAMES } from './names';
import { apportion, type Random } from './random';
import { HeadlineWriter, lead, spokespersonFor, type Subject } from './titles';

/** Share of a month's items about its prominent issues; the rest is routine coverage. */
const ISSUE_SHARE = 0.45;

interface Slot {
  day: number;
  subject: Subject;
  tags: string[];
  commodity: TCommodity | null;
  polemic: boolean;
  regional: boolean;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const weekday = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();
/** Fewer stories on weekends. */
const dayWeight = (year: number, month: number, day: number) => [0.55, 1, 1, 1, 1, 1, 0.65][weekday(year, month, day)]!;

/** Coverage of an issue: none before its day, a jump on it, decaying over the next days. */
function issueCurve(year: number, month: number, onset: number): number[] {
  return Array.from({ length: daysIn(year, month) }, (_, i) => {
    const d = i + 1;
    // Nothing before the event: a story about it appears from the day it happens.
    const shape = d < onset ? 0 : Math.exp(-(d - onset) / 3) + 0.06;
    return shape * dayWeight(year, month, d);
  });
}

function spread(count: number, weights: number[], make: (day: number) => Slot, into: Slot[]) {
  apportion(count, weights).forEach((n, i) => {
    for (let k = 0; k < n; k++) into.push(make(i + 1));
  });
}

/** One month's items as slots (day and subject), before tones and outlets are dealt. */
function monthSlots(year: number, month: number, total: number, withIssues: boolean): Slot[] {
  const slots: Slot[] = [];
  const issues: DemoIssue[] = withIssues ? (MONTH_ISSUES[month] ?? []) : [];
  const issueCount = issues.length ? Math.round(total * ISSUE_SHARE) : 0;
  apportion(
    issueCount,
    issues.map((i) => i.weight),
  ).forEach((n, k) => {
    const issue = issues[k]!;
    const subject = { topics: issue.topics, actions: issue.actions };
    spread(
      n,
      issueCurve(year, month, issue.onset),
      (day) => ({
        day,
        subject,
        tags: issue.tags,
        commodity: issue.commodity,
        polemic: issue.polemic ?? false,
        regional: false,
      }),
      slots,
    );
  });
  const routine = ROUTINE_TOPICS.filter((t) => (!t.months || t.months.includes(month)) && (withIssues || t.tag !== 'Obat COVID-19'));
  const flat = Array.from({ length: daysIn(year, month) }, (_, i) => dayWeight(year, month, i + 1));
  apportion(
    total - issueCount,
    routine.map((t) => t.weight),
  ).forEach((n, k) => {
    const topic = routine[k]!;
    spread(
      n,
      flat,
      (day) => ({
        day,
        subject: topic,
        tags: [topic.tag],
        commodity: topic.commodity,
        polemic: false,
        regional: true,
      }),
      slots,
    );
  });
  return slots;
}

/** The month's tones dealt over its slots: negatives to controversial issues first. */
function dealTones(random: Random, slots: Slot[], tones: MonthTones): TTone[] {
  const order = random.shuffle(slots.map((_, i) => i));
  const polemicFirst = [...order.filter((i) => slots[i]!.polemic), ...order.filter((i) => !slots[i]!.polemic)];
  const out: TTone[] = new Array(slots.length).fill('neutral');
  const negatives = new Set(polemicFirst.slice(0, tones.negative));
  for (const i of negatives) out[i] = 'negative';
  let positives = tones.positive;
  for (const i of order) {
    if (positives === 0) break;
    if (negatives.has(i)) continue;
    out[i] = 'positive';
    positives--;
  }
  return out;
}

function pickWeighted(random: Random, outlets: DemoOutlet[]): DemoOutlet {
  const total = outlets.reduce((a, o) => a + o.weight, 0);
  let x = random.next() * total;
  for (const o of outlets) {
    x -= o.weight;
    if (x <= 0) return o;
  }
  return outlets[outlets.length - 1]!;
}

const HOURS: Record<TMediaType, [number, number]> = { online: [6, 23], print: [4, 6], tv: [6, 22], radio: [6, 20] };

export interface YearNewsOptions {
  year: number;
  months: MonthTones[];
  /** 2021 has its prominent issues; generated years only routine coverage. */
  withIssues: boolean;
  outletIds: Map<string, string>;
  staffId: string | null;
  random: Random;
}

/** A year of news rows whose counts per month, tone and media type are exactly `months` and the annual type totals. */
export function generateYearNews(options: YearNewsOptions): NewsRow[] {
  const { year, months, random } = options;
  const writer = new HeadlineWriter(random);
  const totals = months.map((m) => m.total);
  const print = apportion(NEWS_BY_GROUP.print, totals);
  const tv = apportion(ELECTRONIC_SPLIT.tv, totals);
  const radio = apportion(ELECTRONIC_SPLIT.radio, totals);
  const byType = new Map<TMediaType, DemoOutlet[]>();
  for (const o of DEMO_OUTLETS) byType.set(o.type, [...(byType.get(o.type) ?? []), o]);
  const rows: NewsRow[] = [];
  let dayOfYear = 0;

  for (const tones of months) {
    const m = tones.month;
    const slots = monthSlots(year, m, tones.total, options.withIssues);
    const dealt = dealTones(random, slots, tones);
    const i = m - 1;
    const types: TMediaType[] = random.shuffle([
      ...Array<TMediaType>(print[i]!).fill('print'),
      ...Array<TMediaType>(tv[i]!).fill('tv'),
      ...Array<TMediaType>(radio[i]!).fill('radio'),
      ...Array<TMediaType>(tones.total - print[i]! - tv[i]! - radio[i]!).fill('online'),
    ]);
    // Headlines are written in day order, so that "distinct within a week" holds across the month.
    const order = slots.map((_, k) => k).sort((a, b) => slots[a]!.day - slots[b]!.day);
    for (const k of order) {
      const slot = slots[k]!;
      const tone = dealt[k]!;
      const type = types[k]!;
      const outlet = pickWeighted(random, byType.get(type)!);
      const [h0, h1] = HOURS[type];
      const minutes = random.int(h0 * 60, h1 * 60 + 59);
      const publishedAt = new Date(Date.UTC(year, m - 1, slot.day, 0, minutes) - 7 * 3_600_000);
      const date = `${year}-${String(m).padStart(2, '0')}-${String(slot.day).padStart(2, '0')}`;
      const title = writer.headline(slot.subject, tone, dayOfYear + slot.day);
      const id = random.uuid();
      const url =
        type === 'online' || type === 'tv'
          ? `https://${outlet.domain}/${type === 'tv' ? 'video' : 'berita'}/${date.replaceAll('-', '/')}/${titleKey(title).replaceAll(' ', '-').slice(0, 80)}-${id.slice(0, 6)}`
          : null;
      const region = slot.regional ? (CITIES.find((c) => title.includes(c)) ?? outlet.region) : outlet.region;
      rows.push({
        id,
        publishedAt,
        publishedDate: date,
        title,
        titleKey: titleKey(title),
        outletId: options.outletIds.get(outlet.name)!,
        mediaType: type,
        url,
        urlKey: urlKey(url),
        summary: lead(random, title, tone, date),
        journalist: type === 'radio' || random.next() < 0.3 ? null : `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
        tone,
        toneOrigin: 'staff',
        toneSetBy: options.staffId,
        toneSetAt: new Date(publishedAt.getTime() + random.int(2, 30) * 3_600_000),
        suggestedTone: null,
        suggestedScore: null,
        suggestionModelId: null,
        issues: slot.tags,
        commodities: slot.commodity ? [slot.commodity] : [],
        spokespersons: random.next() < 0.6 ? [spokespersonFor(random)] : [],
        region,
        source: 'demo',
        importBatchId: null,
        feedId: null,
        duplicateGroupId: id,
        duplicateOfId: null,
        duplicateReason: null,
        createdBy: options.staffId,
        // Monitoring records an item an hour or few after it appears: the digests count by that moment.
        createdAt: new Date(publishedAt.getTime() + random.int(30, 240) * 60_000),
      });
    }
    dayOfYear += daysIn(year, m);
  }
  return rows;
}
