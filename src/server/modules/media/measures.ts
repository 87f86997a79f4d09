import { and, asc, between, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { FULFILLED_OUTCOMES, MEDIA_LABELS } from '../../../shared/media';
import type { Measure } from '../performance';
import { mediaInterviewRequests, mediaNews, mediaOutlets } from './schema';

/**
 * The items IKK8 counts: one per duplicate group (a syndicated copy or a repeated URL is not a
 * second story), published in the period (Jakarta day), with a confirmed tone. An item still
 * waiting in the labelling queue is not counted either way until someone sets its tone.
 */
function countedNews(from: string, to: string) {
  return and(isNull(mediaNews.duplicateOfId), isNotNull(mediaNews.tone), between(mediaNews.publishedDate, from, to));
}

export const newsQualityMeasure: Measure = {
  key: 'media.news_quality_pct',
  label: { id: 'Persentase kualitas pemberitaan', en: 'Quality of news coverage' },
  description: {
    id: '(Berita bertonasi positif + netral) / seluruh berita × 100, atas berita yang terbit dalam periode dan sudah diberi tonasi; salinan sindikasi dan tautan ganda dihitung sekali.',
    en: '(Positive + neutral items) / all items × 100, over the items published in the period with a confirmed tone; syndicated copies and repeated URLs count once.',
  },
  unit: '%',
  async compute(db, period) {
    const [row] = await db
      .select({
        good: sql<number>`count(*) FILTER (WHERE ${mediaNews.tone} IN ('positive', 'neutral'))::int`,
        all: sql<number>`count(*)::int`,
      })
      .from(mediaNews)
      .where(countedNews(period.from, period.to));
    const all = row?.all ?? 0;
    const good = row?.good ?? 0;
    return { value: all > 0 ? (good / all) * 100 : null, numerator: good, denominator: all };
  },
  async records(db, period, _params, page) {
    const where = countedNews(period.from, period.to);
    const rows = await db
      .select({
        id: mediaNews.id,
        publishedDate: mediaNews.publishedDate,
        title: mediaNews.title,
        outlet: mediaOutlets.name,
        mediaType: mediaNews.mediaType,
        tone: mediaNews.tone,
        counted: sql<boolean>`${mediaNews.tone} IN ('positive', 'neutral')`,
        url: mediaNews.url,
      })
      .from(mediaNews)
      .innerJoin(mediaOutlets, eq(mediaOutlets.id, mediaNews.outletId))
      .where(where)
      .orderBy(asc(mediaNews.publishedAt), asc(mediaNews.id))
      .limit(page.limit)
      .offset(page.offset);
    const [total] = await db.select({ n: count() }).from(mediaNews).where(where);
    return {
      columns: [
        { key: 'publishedDate', label: { id: 'Tanggal terbit', en: 'Published' } },
        { key: 'title', label: { id: 'Judul', en: 'Title' } },
        { key: 'outlet', label: { id: 'Media', en: 'Outlet' } },
        { key: 'mediaType', label: { id: 'Jenis media', en: 'Media type' }, labels: MEDIA_LABELS.mediaType },
        { key: 'tone', label: { id: 'Tonasi', en: 'Tone' }, labels: MEDIA_LABELS.tone },
        { key: 'counted', label: { id: 'Positif/netral', en: 'Positive/neutral' } },
        { key: 'url', label: { id: 'Tautan', en: 'Link' } },
      ],
      rows,
      total: total?.n ?? 0,
    };
  },
};

/** IKK9 counts the requests received in the period; those answered by one of the three outcomes are followed up. */
const fulfilled = inArray(mediaInterviewRequests.outcome, [...FULFILLED_OUTCOMES]);

export const interviewFollowupMeasure: Measure = {
  key: 'media.interview_followup_pct',
  label: { id: 'Persentase permohonan wawancara yang ditindaklanjuti', en: 'Interview requests followed up' },
  description: {
    id: 'Permohonan yang dipenuhi (wawancara langsung, jawaban tertulis atau talkshow) / permohonan yang diterima dalam periode × 100.',
    en: 'Requests fulfilled (direct interview, written answer or talk show) / requests received in the period × 100.',
  },
  unit: '%',
  async compute(db, period) {
    const [row] = await db
      .select({ done: sql<number>`count(*) FILTER (WHERE ${fulfilled})::int`, all: sql<number>`count(*)::int` })
      .from(mediaInterviewRequests)
      .where(between(mediaInterviewRequests.receivedDate, period.from, period.to));
    const all = row?.all ?? 0;
    const done = row?.done ?? 0;
    return { value: all > 0 ? (done / all) * 100 : null, numerator: done, denominator: all };
  },
  async records(db, period, _params, page) {
    const where = between(mediaInterviewRequests.receivedDate, period.from, period.to);
    const rows = await db
      .select({
        id: mediaInterviewRequests.id,
        number: mediaInterviewRequests.number,
        receivedDate: mediaInterviewRequests.receivedDate,
        outlet: mediaInterviewRequests.outletName,
        topic: mediaInterviewRequests.topic,
        status: mediaInterviewRequests.status,
        outcome: mediaInterviewRequests.outcome,
        declineReason: mediaInterviewRequests.declineReason,
        counted: sql<boolean>`coalesce(${fulfilled}, false)`,
      })
      .from(mediaInterviewRequests)
      .where(where)
      .orderBy(asc(mediaInterviewRequests.receivedAt), asc(mediaInterviewRequests.number))
      .limit(page.limit)
      .offset(page.offset);
    const [total] = await db.select({ n: count() }).from(mediaInterviewRequests).where(where);
    return {
      columns: [
        { key: 'number', label: { id: 'Nomor', en: 'Number' } },
        { key: 'receivedDate', label: { id: 'Diterima', en: 'Received' } },
        { key: 'outlet', label: { id: 'Media', en: 'Outlet' } },
        { key: 'topic', label: { id: 'Topik', en: 'Topic' } },
        { key: 'status', label: { id: 'Status', en: 'Status' }, labels: MEDIA_LABELS.status },
        { key: 'outcome', label: { id: 'Hasil', en: 'Outcome' }, labels: MEDIA_LABELS.outcome },
        { key: 'declineReason', label: { id: 'Alasan tidak dipenuhi', en: 'Decline reason' }, labels: MEDIA_LABELS.declineReason },
        { key: 'counted', label: { id: 'Ditindaklanjuti', en: 'Followed up' } },
      ],
      rows,
      total: total?.n ?? 0,
    };
  },
};

export const MEDIA_MEASURES: Measure[] = [newsQualityMeasure, interviewFollowupMeasure];
