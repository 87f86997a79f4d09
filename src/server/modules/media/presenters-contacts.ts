import type { TFeed, TJournalist, TOutlet } from '../../../shared/media';
import type { mediaFeeds, mediaJournalists, mediaOutlets } from './schema';

export function presentOutlet(row: typeof mediaOutlets.$inferSelect & { journalists?: number }): TOutlet {
  return {
    id: row.id,
    name: row.name,
    mediaType: row.mediaType as TOutlet['mediaType'],
    region: row.region,
    website: row.website,
    active: row.active,
    journalists: row.journalists ?? 0,
  };
}

export function presentJournalist(row: typeof mediaJournalists.$inferSelect & { outletName?: string | null }): TJournalist {
  return {
    id: row.id,
    name: row.name,
    outletId: row.outletId,
    outletName: row.outletName ?? null,
    beat: row.beat,
    mediaType: row.mediaType,
    region: row.region,
    email: row.email,
    phone: row.phone,
    legalBasis: row.legalBasis as TJournalist['legalBasis'],
    purpose: row.purpose,
    consentAt: row.consentAt?.toISOString() ?? null,
    consentNoticeVersion: row.consentNoticeVersion,
    retentionUntil: row.retentionUntil,
    restricted: row.restrictedAt !== null,
    anonymized: row.anonymizedAt !== null,
  };
}

export function presentFeed(row: typeof mediaFeeds.$inferSelect & { outletName?: string | null }): TFeed {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    outletName: row.outletName ?? null,
    keywords: row.keywords,
    active: row.active,
    intervalMinutes: row.intervalMinutes,
    nextPollAt: row.nextPollAt.toISOString(),
    lastPolledAt: row.lastPolledAt?.toISOString() ?? null,
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    lastError: row.lastError,
    lastErrorKind: row.lastErrorKind as TFeed['lastErrorKind'],
    consecutiveFailures: row.consecutiveFailures,
  };
}
