import { z } from '@hono/zod-openapi';
import { DEFAULT_FEED_KEYWORDS, tagsField, textField, ZCommodity, ZHttpUrl, ZMediaType, ZReleaseChannel, ZReleaseKind } from './vocabulary';

// ---------------------------------------------------------------- releases and coverage

export const ZReleaseRequest = z
  .strictObject({
    kind: ZReleaseKind,
    number: textField(60),
    date: z.iso.date(),
    title: textField(500),
    commodities: z.array(ZCommodity).max(6).default([]),
    issues: tagsField.default([]),
    body: z.string().trim().max(50_000).nullable().optional(),
    link: ZHttpUrl.nullable().optional(),
    channels: z.array(ZReleaseChannel).max(5).default([]),
  })
  .openapi('ReleaseRequest');
export type TReleaseRequest = z.infer<typeof ZReleaseRequest>;

export const ZRelease = ZReleaseRequest.extend({ id: z.string(), body: z.string().nullable(), link: z.string().nullable() }).openapi(
  'Release',
);
export type TRelease = z.infer<typeof ZRelease>;

export const ZCoverageRequest = z
  .strictObject({
    activityDate: z.iso.date(),
    activity: textField(500),
    unitId: z.string().uuid(),
    location: z.enum(['in_city', 'out_of_city']),
    place: z.string().trim().max(200).nullable().optional(),
    serviceRequestRef: z.string().trim().max(100).nullable().optional(),
  })
  .openapi('CoverageRequest');
export const ZCoverageUpdate = z
  .strictObject({
    status: z.enum(['requested', 'covered', 'not_covered']),
    newsTitle: z.string().trim().max(500).nullable().optional(),
    newsUrl: ZHttpUrl.nullable().optional(),
    newsPublishedDate: z.iso.date().nullable().optional(),
  })
  .openapi('CoverageUpdate');
export const ZCoverage = z
  .object({
    id: z.string(),
    activityDate: z.string(),
    activity: z.string(),
    unitId: z.string(),
    location: z.enum(['in_city', 'out_of_city']),
    place: z.string().nullable(),
    serviceRequestRef: z.string().nullable(),
    status: z.enum(['requested', 'covered', 'not_covered']),
    newsTitle: z.string().nullable(),
    newsUrl: z.string().nullable(),
    newsPublishedDate: z.string().nullable(),
  })
  .openapi('Coverage');
export type TCoverage = z.infer<typeof ZCoverage>;

// ---------------------------------------------------------------- settings, feeds, contacts

const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

/** The module's settings (an admin or the Humas coordinator edits them). */
export const ZMediaSettings = z
  .strictObject({
    /** Digest times on working days and on weekends and holidays (spec 30: 08:00 and 15:00; once). */
    digestWorkingTimes: z.array(ZClock).min(1).max(6).default(['08:00', '15:00']),
    digestNonWorkingTimes: z.array(ZClock).min(1).max(4).default(['08:00']),
    /** Public interview-request form: submissions accepted per client address per hour. */
    publicFormMaxPerHour: z.number().int().min(1).max(1000).default(5),
    /** The privacy notice the public form shows; a new version is recorded with each consent. */
    privacyNoticeVersion: z.string().trim().min(1).max(40).default('2026-1'),
    /** Keywords a feed item must contain unless the feed has its own. */
    feedKeywords: z.array(z.string().trim().min(2).max(80)).min(1).max(30).default(DEFAULT_FEED_KEYWORDS),
    /** The Humas group: who is told of new interview requests (every coordinator when unset). */
    humasUnitId: z.string().uuid().nullable().default(null),
  })
  .openapi('MediaSettings');
export type TMediaSettings = z.infer<typeof ZMediaSettings>;

export const ZFeedRequest = z
  .strictObject({
    name: textField(120),
    url: ZHttpUrl,
    outletName: z.string().trim().max(200).nullable().optional(),
    keywords: z.array(z.string().trim().min(2).max(80)).max(30).default([]),
    active: z.boolean().default(true),
    intervalMinutes: z.number().int().min(5).max(1440).default(30),
  })
  .openapi('FeedRequest');
export type TFeedRequest = z.infer<typeof ZFeedRequest>;

/**
 * Why a feed could not be read, classified by the server from the error itself (the code of the
 * network error, the HTTP status, the parser's verdict), so the screen explains it in the user's language.
 */
export const FEED_FAILURES = [
  'http',
  'refused',
  'bad_port',
  'not_found',
  'timeout',
  'not_feed',
  'truncated',
  'too_large',
  'reset',
  'certificate',
  'other',
] as const;
export const ZFeedFailure = z.enum(FEED_FAILURES);
export type TFeedFailure = z.infer<typeof ZFeedFailure>;

export const ZFeed = z
  .object({
    id: z.string(),
    name: z.string(),
    url: z.string(),
    outletName: z.string().nullable(),
    keywords: z.array(z.string()),
    active: z.boolean(),
    intervalMinutes: z.number(),
    nextPollAt: z.string(),
    lastPolledAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    lastError: z.string().nullable(),
    lastErrorKind: ZFeedFailure.nullable(),
    consecutiveFailures: z.number(),
  })
  .openapi('Feed');
export type TFeed = z.infer<typeof ZFeed>;

export const ZFeedPoll = z
  .object({
    id: z.string(),
    at: z.string(),
    status: z.enum(['ok', 'error']),
    itemsSeen: z.number(),
    itemsAdded: z.number(),
    durationMs: z.number(),
    error: z.string().nullable(),
    errorKind: ZFeedFailure.nullable(),
  })
  .openapi('FeedPoll');

/** What polling a feed now gave. */
export const ZFeedPollResult = z
  .object({
    status: z.enum(['ok', 'error']),
    itemsSeen: z.number(),
    itemsAdded: z.number(),
    error: z.string().nullable(),
    errorKind: ZFeedFailure.nullable(),
  })
  .openapi('FeedPollResult');
export type TFeedPollResult = z.infer<typeof ZFeedPollResult>;

export const ZOutletRequest = z
  .strictObject({
    name: textField(200),
    mediaType: ZMediaType,
    region: z.string().trim().max(120).nullable().optional(),
    website: ZHttpUrl.nullable().optional(),
    active: z.boolean().default(true),
  })
  .openapi('OutletRequest');
export const ZOutlet = z
  .object({
    id: z.string(),
    name: z.string(),
    mediaType: ZMediaType,
    region: z.string().nullable(),
    website: z.string().nullable(),
    active: z.boolean(),
    journalists: z.number(),
  })
  .openapi('Outlet');
export type TOutlet = z.infer<typeof ZOutlet>;

export const LEGAL_BASES = ['consent', 'legitimate_interest', 'public_task'] as const;
export const ZJournalistRequest = z
  .strictObject({
    name: textField(200),
    outletId: z.string().uuid().nullable().optional(),
    beat: z.string().trim().max(120).nullable().optional(),
    mediaType: ZMediaType.nullable().optional(),
    region: z.string().trim().max(120).nullable().optional(),
    email: z.string().trim().email().max(254).nullable().optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[+0-9 ()-]{6,30}$/)
      .nullable()
      .optional(),
    legalBasis: z.enum(LEGAL_BASES),
    purpose: textField(500),
    consentAt: z.iso.datetime({ offset: true }).nullable().optional(),
    consentNoticeVersion: z.string().trim().max(40).nullable().optional(),
    retentionUntil: z.iso.date(),
  })
  .refine((v) => v.legalBasis !== 'consent' || (v.consentAt && v.consentNoticeVersion), {
    message: 'Persetujuan perlu waktu dan versi pemberitahuan. / Consent needs its time and notice version.',
    path: ['consentAt'],
  })
  .openapi('JournalistRequest');
export type TJournalistRequest = z.infer<typeof ZJournalistRequest>;
export const ZJournalist = z
  .object({
    id: z.string(),
    name: z.string(),
    outletId: z.string().nullable(),
    outletName: z.string().nullable(),
    beat: z.string().nullable(),
    mediaType: z.string().nullable(),
    region: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    legalBasis: z.enum(LEGAL_BASES),
    purpose: z.string(),
    consentAt: z.string().nullable(),
    consentNoticeVersion: z.string().nullable(),
    retentionUntil: z.string(),
    restricted: z.boolean(),
    anonymized: z.boolean(),
  })
  .openapi('Journalist');
export type TJournalist = z.infer<typeof ZJournalist>;
