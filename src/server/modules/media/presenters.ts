import type { TCoverage, TInterview, TNewsItem, TPublicInterviewStatus, TRelease } from '../../../shared/media';
import type { WorkingCalendar } from '../../platform/calendar/working-days';
import { jakartaDate } from './normalize';
import type { mediaCoverages, mediaInterviewRequests, mediaNews, mediaReleases } from './schema';

/** A stored item without its search vector (never sent out). */
export type NewsRow = typeof mediaNews.$inferSelect;
type InterviewRow = typeof mediaInterviewRequests.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentNews(row: NewsRow & { outletName: string; duplicates?: number }): TNewsItem {
  return {
    id: row.id,
    publishedAt: row.publishedAt.toISOString(),
    publishedDate: row.publishedDate,
    title: row.title,
    outletId: row.outletId,
    outletName: row.outletName,
    mediaType: row.mediaType as TNewsItem['mediaType'],
    url: row.url,
    summary: row.summary,
    journalist: row.journalist,
    tone: row.tone as TNewsItem['tone'],
    toneOrigin: row.toneOrigin,
    toneSetBy: row.toneSetBy,
    toneSetAt: iso(row.toneSetAt),
    suggestedTone: row.suggestedTone as TNewsItem['suggestedTone'],
    suggestedScore: row.suggestedScore,
    suggestionAccepted: row.suggestionAccepted,
    issues: row.issues,
    commodities: row.commodities,
    spokespersons: row.spokespersons,
    region: row.region,
    source: row.source,
    duplicateGroupId: row.duplicateGroupId,
    duplicateOfId: row.duplicateOfId,
    duplicateReason: row.duplicateReason,
    duplicates: row.duplicates ?? 0,
  };
}

/**
 * A request for the bureau. Its response time runs from receipt to the answer: in hours, and in
 * working days by the holiday calendar (SOP times are counted in working days).
 */
export function presentInterview(row: InterviewRow, calendar: WorkingCalendar | null): TInterview {
  const hours = row.respondedAt ? (row.respondedAt.getTime() - row.receivedAt.getTime()) / 3_600_000 : null;
  const workingDays =
    row.respondedAt && calendar ? calendar.workingDaysBetween(jakartaDate(row.receivedAt), jakartaDate(row.respondedAt)) : null;
  return {
    id: row.id,
    number: row.number,
    channel: row.channel as TInterview['channel'],
    receivedAt: row.receivedAt.toISOString(),
    outletName: row.outletName,
    mediaType: row.mediaType as TInterview['mediaType'],
    journalistName: row.journalistName,
    inContacts: row.journalistId !== null,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    topic: row.topic,
    questions: row.questions,
    wantedAt: iso(row.wantedAt),
    deadline: iso(row.deadline),
    preferredSpokesperson: row.preferredSpokesperson,
    status: row.status as TInterview['status'],
    priority: row.priority === 'urgent' ? 'urgent' : 'normal',
    triageNote: row.triageNote,
    assignedTo: row.assignedTo,
    spokesperson: row.spokesperson,
    outcome: row.outcome as TInterview['outcome'],
    declineReason: row.declineReason as TInterview['declineReason'],
    outcomeNote: row.outcomeNote,
    outcomeLink: row.outcomeLink,
    respondedAt: iso(row.respondedAt),
    responseHours: hours === null ? null : Math.round(hours * 10) / 10,
    responseWorkingDays: workingDays,
    anonymized: row.anonymizedAt !== null,
  };
}

export function presentPublicStatus(row: InterviewRow): TPublicInterviewStatus {
  return {
    number: row.number,
    status: row.status as TPublicInterviewStatus['status'],
    receivedAt: row.receivedAt.toISOString(),
    outletName: row.outletName,
    topic: row.topic,
    outcome: row.outcome as TPublicInterviewStatus['outcome'],
    declineReason: row.declineReason as TPublicInterviewStatus['declineReason'],
    link: row.outcomeLink,
    respondedAt: iso(row.respondedAt),
  };
}

export function presentRelease(row: typeof mediaReleases.$inferSelect): TRelease {
  return {
    id: row.id,
    kind: row.kind as TRelease['kind'],
    number: row.number,
    date: row.date,
    title: row.title,
    commodities: row.commodities as TRelease['commodities'],
    issues: row.issues,
    body: row.body,
    link: row.link,
    channels: row.channels as TRelease['channels'],
  };
}

export function presentCoverage(row: typeof mediaCoverages.$inferSelect): TCoverage {
  return {
    id: row.id,
    activityDate: row.activityDate,
    activity: row.activity,
    unitId: row.unitId,
    location: row.location as TCoverage['location'],
    place: row.place,
    serviceRequestRef: row.serviceRequestRef,
    status: row.status as TCoverage['status'],
    newsTitle: row.newsTitle,
    newsUrl: row.newsUrl,
    newsPublishedDate: row.newsPublishedDate,
  };
}
