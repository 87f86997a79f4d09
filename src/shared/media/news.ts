import { z } from '@hono/zod-openapi';
import { MEDIA_GROUPS, TONES, tagsField, textField, ZCommodity, ZHttpUrl, ZMediaType, ZTone } from './vocabulary';

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

/** An item's fields as typed by staff, without defaults: a correction sends only what changes. */
const newsFields = {
  publishedAt: z.iso.datetime({ offset: true }),
  title: textField(500),
  outletName: textField(200),
  mediaType: ZMediaType,
  url: ZHttpUrl.nullable().optional(),
  summary: z.string().trim().max(5000).nullable().optional(),
  journalist: z.string().trim().max(200).nullable().optional(),
  issues: tagsField,
  commodities: z.array(ZCommodity).max(6),
  spokespersons: tagsField,
  region: z.string().trim().max(120).nullable().optional(),
};

export const ZCreateNewsRequest = z
  .strictObject({
    ...newsFields,
    tone: ZTone.nullable().optional(),
    issues: newsFields.issues.default([]),
    commodities: newsFields.commodities.default([]),
    spokespersons: newsFields.spokespersons.default([]),
  })
  .openapi('CreateNewsRequest');
export type TCreateNewsRequest = z.infer<typeof ZCreateNewsRequest>;

/**
 * A correction: only the fields sent change. Built without the create request's defaults, which
 * zod applies inside `.partial()` too — a correction of the headline would have emptied the issues.
 */
export const ZUpdateNewsRequest = z.strictObject(newsFields).partial().openapi('UpdateNewsRequest');
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

/**
 * A row of the news list: what the list, its export and the pager need. The item's own page
 * (`GET /api/media/news/{id}`) has every field; a page of 50 full items is twice the bytes.
 */
export const ZNewsListItem = ZNewsItem.pick({
  id: true,
  publishedAt: true,
  publishedDate: true,
  title: true,
  outletId: true,
  outletName: true,
  mediaType: true,
  url: true,
  journalist: true,
  tone: true,
  toneOrigin: true,
  suggestedTone: true,
  suggestedScore: true,
  issues: true,
  region: true,
  duplicateOfId: true,
  duplicates: true,
}).openapi('NewsListItem');
export type TNewsListItem = z.infer<typeof ZNewsListItem>;

/** A row of the labelling queue: the list's, with the summary to read before choosing a tone. */
export const ZNewsQueueItem = ZNewsListItem.extend({ summary: z.string().nullable() }).openapi('NewsQueueItem');
export type TNewsQueueItem = z.infer<typeof ZNewsQueueItem>;

export const ZNewsQueue = z.object({
  items: z.array(ZNewsQueueItem),
  total: z.number().int(),
  totalCapped: z.boolean(),
});
export type TNewsQueue = z.infer<typeof ZNewsQueue>;

export const ZNewsList = z.object({
  items: z.array(ZNewsListItem),
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
