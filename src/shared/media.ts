import { z } from '@hono/zod-openapi';
import type { Localized } from './i18n/localized';

/**
 * Media relations (spec 30): the vocabulary shared by the server and the web — tones, media
 * types, interview outcomes — with their labels in both languages, and the request and response
 * shapes of the API.
 */

export const TONES = ['positive', 'neutral', 'negative'] as const;
export const ZTone = z.enum(TONES);
export type TTone = z.infer<typeof ZTone>;

/** TV and radio are reported together as elektronik (the 2021 report's grouping). */
export const MEDIA_TYPES = ['online', 'print', 'tv', 'radio'] as const;
export const ZMediaType = z.enum(MEDIA_TYPES);
export type TMediaType = z.infer<typeof ZMediaType>;
export const MEDIA_GROUPS = ['online', 'print', 'electronic'] as const;
export type TMediaGroup = (typeof MEDIA_GROUPS)[number];
export function mediaGroupOf(type: TMediaType): TMediaGroup {
  return type === 'tv' || type === 'radio' ? 'electronic' : type;
}

/** The agency's commodities, for press releases, clarifications and news. */
export const COMMODITIES = ['obat', 'obat_tradisional', 'suplemen_kesehatan', 'kosmetik', 'pangan_olahan', 'napza'] as const;
export const ZCommodity = z.enum(COMMODITIES);
export type TCommodity = z.infer<typeof ZCommodity>;

export const INTERVIEW_CHANNELS = ['public_form', 'whatsapp', 'email', 'phone', 'other'] as const;
export const INTERVIEW_STATUSES = ['received', 'triaged', 'assigned', 'fulfilled', 'declined'] as const;
export const INTERVIEW_OUTCOMES = ['direct', 'written', 'talkshow', 'declined'] as const;
/** The outcomes IKK9 counts as followed up (spec 30). */
export const FULFILLED_OUTCOMES = ['direct', 'written', 'talkshow'] as const;
export const DECLINE_REASONS = ['already_answered', 'outside_mandate', 'no_statement_yet', 'schedule_impossible', 'other'] as const;
export const ZInterviewChannel = z.enum(INTERVIEW_CHANNELS);
export const ZInterviewStatus = z.enum(INTERVIEW_STATUSES);
export const ZInterviewOutcome = z.enum(INTERVIEW_OUTCOMES);
export const ZDeclineReason = z.enum(DECLINE_REASONS);
export type TInterviewStatus = z.infer<typeof ZInterviewStatus>;
export type TInterviewOutcome = z.infer<typeof ZInterviewOutcome>;
export type TDeclineReason = z.infer<typeof ZDeclineReason>;

export const RELEASE_KINDS = ['press_release', 'clarification'] as const;
export const ZReleaseKind = z.enum(RELEASE_KINDS);
export const RELEASE_CHANNELS = ['website', 'media_group', 'social_media', 'email', 'press_conference'] as const;
export const ZReleaseChannel = z.enum(RELEASE_CHANNELS);

/** Labels of the vocabulary, for screens, exports, digests and the public form. */
export const MEDIA_LABELS = {
  tone: {
    positive: { id: 'Positif', en: 'Positive' },
    neutral: { id: 'Netral', en: 'Neutral' },
    negative: { id: 'Negatif', en: 'Negative' },
  },
  mediaType: {
    online: { id: 'Online', en: 'Online' },
    print: { id: 'Cetak', en: 'Print' },
    tv: { id: 'Televisi', en: 'Television' },
    radio: { id: 'Radio', en: 'Radio' },
  },
  mediaGroup: {
    online: { id: 'Online', en: 'Online' },
    print: { id: 'Cetak', en: 'Print' },
    electronic: { id: 'Elektronik', en: 'Electronic' },
  },
  commodity: {
    obat: { id: 'Obat', en: 'Drugs' },
    obat_tradisional: { id: 'Obat tradisional', en: 'Traditional medicines' },
    suplemen_kesehatan: { id: 'Suplemen kesehatan', en: 'Health supplements' },
    kosmetik: { id: 'Kosmetik', en: 'Cosmetics' },
    pangan_olahan: { id: 'Pangan olahan', en: 'Processed food' },
    napza: { id: 'Narkotika, psikotropika, prekursor, zat adiktif', en: 'Narcotics, psychotropics, precursors, addictives' },
  },
  channel: {
    public_form: { id: 'Formulir publik', en: 'Public form' },
    whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
    email: { id: 'Surel', en: 'E-mail' },
    phone: { id: 'Telepon', en: 'Phone' },
    other: { id: 'Lainnya', en: 'Other' },
  },
  status: {
    received: { id: 'Diterima', en: 'Received' },
    triaged: { id: 'Ditelaah', en: 'Triaged' },
    assigned: { id: 'Ditugaskan', en: 'Assigned' },
    fulfilled: { id: 'Dipenuhi', en: 'Fulfilled' },
    declined: { id: 'Tidak dipenuhi', en: 'Declined' },
  },
  outcome: {
    direct: { id: 'Wawancara langsung', en: 'Direct interview' },
    written: { id: 'Jawaban tertulis', en: 'Written answer' },
    talkshow: { id: 'Talkshow', en: 'Talk show' },
    declined: { id: 'Tidak dipenuhi', en: 'Declined' },
  },
  declineReason: {
    already_answered: {
      id: 'Sudah dijawab penjelasan/siaran pers (tautan dikirim)',
      en: 'Already answered by a published statement (link sent)',
    },
    outside_mandate: {
      id: 'Di luar kewenangan BPOM (dirujuk ke pihak berwenang)',
      en: "Outside the agency's mandate (referred elsewhere)",
    },
    no_statement_yet: { id: 'Belum ada pernyataan atas hal yang belum terbukti', en: 'No statement yet on an unproven matter' },
    schedule_impossible: { id: 'Jadwal tidak memungkinkan', en: 'Schedule impossible' },
    other: { id: 'Lainnya', en: 'Other' },
  },
  releaseKind: {
    press_release: { id: 'Siaran pers', en: 'Press release' },
    clarification: { id: 'Penjelasan/klarifikasi', en: 'Clarification' },
  },
  releaseChannel: {
    website: { id: 'Situs web', en: 'Website' },
    media_group: { id: 'Grup WhatsApp media', en: 'Media WhatsApp group' },
    social_media: { id: 'Media sosial', en: 'Social media' },
    email: { id: 'Surel ke media', en: 'E-mail to the press' },
    press_conference: { id: 'Konferensi pers', en: 'Press conference' },
  },
} satisfies Record<string, Record<string, Localized>>;

/** The keywords a feed filters on unless configured otherwise (spec 30). */
export const DEFAULT_FEED_KEYWORDS = ['BPOM', 'Badan POM', 'Badan Pengawas Obat dan Makanan'];

const text = (max: number) => z.string().trim().min(1).max(max);
/** A web link: http or https only (a `javascript:` URL shown as a link would run). */
export const ZHttpUrl = z
  .string()
  .trim()
  .max(2000)
  .url()
  .refine((v) => /^https?:\/\//i.test(v), { message: 'http(s)://…' });
const tags = z.array(z.string().trim().min(1).max(80)).max(20);

// ---------------------------------------------------------------- news

export const ZNewsItem = z
  .object({
    id: z.string(),
    publishedAt: z.string(),
    publishedDate: z.string(),
    title: z.string(),
    outletId: z.string(),
    outletName: z.string(),
    mediaType: ZMediaType,
    url: z.string().nullable(),
    summary: z.string().nullable(),
    journalist: z.string().nullable(),
    tone: ZTone.nullable(),
    toneOrigin: z.string().nullable(),
    toneSetBy: z.string().nullable(),
    toneSetAt: z.string().nullable(),
    suggestedTone: ZTone.nullable(),
    suggestedScore: z.number().nullable(),
    suggestionAccepted: z.boolean().nullable(),
    issues: z.array(z.string()),
    commodities: z.array(z.string()),
    spokespersons: z.array(z.string()),
    region: z.string().nullable(),
    source: z.string(),
    duplicateGroupId: z.string(),
    duplicateOfId: z.string().nullable(),
    duplicateReason: z.string().nullable(),
    duplicates: z.number().int(),
  })
  .openapi('NewsItem');
export type TNewsItem = z.infer<typeof ZNewsItem>;

export const ZNewsFilters = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  outletId: z.string().uuid().optional(),
  mediaType: ZMediaType.optional(),
  issue: z.string().trim().max(80).optional(),
  tone: z.enum([...TONES, 'none']).optional(),
  q: z.string().trim().max(200).optional(),
  /** Include syndicated copies and repeated URLs (by default only the item counted per group). */
  duplicates: z.enum(['0', '1']).optional(),
});
export type TNewsFilters = z.infer<typeof ZNewsFilters>;

export const ZCreateNewsRequest = z
  .strictObject({
    publishedAt: z.iso.datetime({ offset: true }),
    title: text(500),
    outletName: text(200),
    mediaType: ZMediaType,
    url: ZHttpUrl.nullable().optional(),
    summary: z.string().trim().max(5000).nullable().optional(),
    journalist: z.string().trim().max(200).nullable().optional(),
    tone: ZTone.nullable().optional(),
    issues: tags.default([]),
    commodities: z.array(ZCommodity).max(6).default([]),
    spokespersons: tags.default([]),
    region: z.string().trim().max(120).nullable().optional(),
  })
  .openapi('CreateNewsRequest');
export type TCreateNewsRequest = z.infer<typeof ZCreateNewsRequest>;

export const ZUpdateNewsRequest = ZCreateNewsRequest.omit({ tone: true }).partial().strict().openapi('UpdateNewsRequest');
export type TUpdateNewsRequest = z.infer<typeof ZUpdateNewsRequest>;

/** Sets the tone of items: a tone typed by staff, or `accept` to confirm each item's suggestion. */
export const ZSetToneRequest = z
  .strictObject({
    ids: z.array(z.string().uuid()).min(1).max(500),
    tone: ZTone.optional(),
    accept: z.literal(true).optional(),
  })
  .refine((v) => (v.tone ? !v.accept : v.accept), { message: 'tone | accept', path: ['tone'] })
  .openapi('SetToneRequest');
export type TSetToneRequest = z.infer<typeof ZSetToneRequest>;

export const ZNewsList = z.object({
  items: z.array(ZNewsItem),
  total: z.number().int(),
  /** The count stops at 1.000 (`totalCapped`): counting 360.000 rows for a pager costs more than it tells. */
  totalCapped: z.boolean(),
});
export type TNewsList = z.infer<typeof ZNewsList>;

// ---------------------------------------------------------------- statistics

export const ZNewsStatistics = z
  .object({
    year: z.number().int(),
    month: z.number().int().nullable(),
    totals: z.object({ positive: z.number(), neutral: z.number(), negative: z.number(), untoned: z.number(), all: z.number() }),
    qualityPct: z.number().nullable(),
    byMonth: z.array(
      z.object({
        month: z.number(),
        positive: z.number(),
        neutral: z.number(),
        negative: z.number(),
        untoned: z.number(),
        total: z.number(),
      }),
    ),
    byMediaType: z.array(z.object({ mediaType: ZMediaType, count: z.number() })),
    byMediaGroup: z.array(z.object({ group: z.enum(MEDIA_GROUPS), count: z.number(), pct: z.number() })),
    topIssues: z.array(z.object({ issue: z.string(), count: z.number(), negative: z.number() })),
    topOutlets: z.array(z.object({ outletId: z.string(), name: z.string(), count: z.number() })),
    prominentIssues: z.array(z.object({ month: z.number(), issues: z.array(z.object({ issue: z.string(), count: z.number() })) })),
  })
  .openapi('NewsStatistics');
export type TNewsStatistics = z.infer<typeof ZNewsStatistics>;

// ---------------------------------------------------------------- interview requests

const contactFields = {
  outletName: text(200),
  mediaType: ZMediaType,
  journalistName: text(200),
  contactEmail: z.string().trim().email().max(254).nullable().optional(),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()-]{6,30}$/)
    .nullable()
    .optional(),
  topic: text(300),
  questions: z.string().trim().max(5000).nullable().optional(),
  wantedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  deadline: z.iso.datetime({ offset: true }).nullable().optional(),
  preferredSpokesperson: z.string().trim().max(200).nullable().optional(),
};

/** A request recorded by staff from WhatsApp, e-mail or the phone. */
export const ZCreateInterviewRequest = z
  .strictObject({
    ...contactFields,
    channel: z.enum(['whatsapp', 'email', 'phone', 'other']),
    receivedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .openapi('CreateInterviewRequest');
export type TCreateInterviewRequest = z.infer<typeof ZCreateInterviewRequest>;

/** The public form: the journalist's own data, consent to its use, and a field only robots fill in. */
export const ZPublicInterviewRequest = z
  .strictObject({
    ...contactFields,
    contactEmail: z.string().trim().email().max(254),
    questions: z.string().trim().min(1).max(5000),
    consent: z.literal(true),
    noticeVersion: z.string().trim().min(1).max(40),
    /** The honeypot: hidden from people, so anything in it was typed by a robot. */
    website: z.string().max(500).optional(),
  })
  .openapi('PublicInterviewRequest');
export type TPublicInterviewRequest = z.infer<typeof ZPublicInterviewRequest>;

export const ZTriageInterview = z
  .strictObject({ priority: z.enum(['normal', 'urgent']), note: z.string().trim().max(2000).nullable().optional() })
  .openapi('TriageInterview');
export const ZAssignInterview = z
  .strictObject({ assignedTo: z.string().min(1).max(100), spokesperson: text(200) })
  .openapi('AssignInterview');
export const ZInterviewOutcomeRequest = z
  .strictObject({
    outcome: ZInterviewOutcome,
    declineReason: ZDeclineReason.nullable().optional(),
    note: z.string().trim().max(2000).nullable().optional(),
    link: ZHttpUrl.nullable().optional(),
    respondedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .openapi('InterviewOutcome');
export type TInterviewOutcomeRequest = z.infer<typeof ZInterviewOutcomeRequest>;

export const ZInterview = z
  .object({
    id: z.string(),
    number: z.string(),
    channel: ZInterviewChannel,
    receivedAt: z.string(),
    outletName: z.string(),
    mediaType: ZMediaType,
    journalistName: z.string(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    topic: z.string(),
    questions: z.string().nullable(),
    wantedAt: z.string().nullable(),
    deadline: z.string().nullable(),
    preferredSpokesperson: z.string().nullable(),
    status: ZInterviewStatus,
    priority: z.enum(['normal', 'urgent']),
    triageNote: z.string().nullable(),
    assignedTo: z.string().nullable(),
    spokesperson: z.string().nullable(),
    outcome: ZInterviewOutcome.nullable(),
    declineReason: ZDeclineReason.nullable(),
    outcomeNote: z.string().nullable(),
    outcomeLink: z.string().nullable(),
    respondedAt: z.string().nullable(),
    /** From receipt to answer, in hours and in working days (the holiday calendar). */
    responseHours: z.number().nullable(),
    responseWorkingDays: z.number().nullable(),
    anonymized: z.boolean(),
  })
  .openapi('InterviewRequest');
export type TInterview = z.infer<typeof ZInterview>;

/** What the journalist sees by the tracking code: no one's personal data. */
export const ZPublicInterviewStatus = z
  .object({
    number: z.string(),
    status: ZInterviewStatus,
    receivedAt: z.string(),
    outletName: z.string(),
    topic: z.string(),
    outcome: ZInterviewOutcome.nullable(),
    declineReason: ZDeclineReason.nullable(),
    link: z.string().nullable(),
    respondedAt: z.string().nullable(),
  })
  .openapi('PublicInterviewStatus');
export type TPublicInterviewStatus = z.infer<typeof ZPublicInterviewStatus>;

// ---------------------------------------------------------------- releases and coverage

export const ZReleaseRequest = z
  .strictObject({
    kind: ZReleaseKind,
    number: text(60),
    date: z.iso.date(),
    title: text(500),
    commodities: z.array(ZCommodity).max(6).default([]),
    issues: tags.default([]),
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
    activity: text(500),
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
    name: text(120),
    url: ZHttpUrl,
    outletName: z.string().trim().max(200).nullable().optional(),
    keywords: z.array(z.string().trim().min(2).max(80)).max(30).default([]),
    active: z.boolean().default(true),
    intervalMinutes: z.number().int().min(5).max(1440).default(30),
  })
  .openapi('FeedRequest');
export type TFeedRequest = z.infer<typeof ZFeedRequest>;

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
  })
  .openapi('FeedPoll');

export const ZOutletRequest = z
  .strictObject({
    name: text(200),
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
    name: text(200),
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
    purpose: text(500),
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

// ---------------------------------------------------------------- digests and alerts

const ZDigestItem = z.object({
  id: z.string(),
  publishedAt: z.string(),
  title: z.string(),
  outlet: z.string(),
  mediaType: z.string(),
  tone: z.string().nullable(),
  url: z.string().nullable(),
  issues: z.array(z.string()),
});
export const ZDigestContent = z.object({
  windowFrom: z.string(),
  windowTo: z.string(),
  total: z.number(),
  byTone: z.object({ positive: z.number(), neutral: z.number(), negative: z.number(), untoned: z.number() }),
  byMediaGroup: z.object({ online: z.number(), print: z.number(), electronic: z.number() }),
  negative: z.array(ZDigestItem),
  latest: z.array(ZDigestItem),
  rising: z.array(z.object({ issue: z.string(), count: z.number(), usual: z.number() })),
  alerts: z.array(z.object({ date: z.string(), kind: z.string(), subject: z.string(), count: z.number(), threshold: z.number() })),
});
export const ZDigest = z
  .object({
    id: z.string(),
    slot: z.string(),
    kind: z.enum(['working', 'non_working', 'manual']),
    windowFrom: z.string(),
    windowTo: z.string(),
    emailedAt: z.string().nullable(),
    emailedTo: z.number(),
    content: ZDigestContent,
  })
  .openapi('Digest');
export type TDigest = z.infer<typeof ZDigest>;

export const ZAlert = z
  .object({
    id: z.string(),
    date: z.string(),
    kind: z.enum(['issue', 'negative']),
    subject: z.string(),
    count: z.number(),
    baselineMean: z.number(),
    threshold: z.number(),
    acknowledged: z.boolean(),
  })
  .openapi('MediaAlert');
export type TAlert = z.infer<typeof ZAlert>;
