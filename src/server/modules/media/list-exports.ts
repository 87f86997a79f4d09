import type { Localized } from '../../../shared/i18n/localized';
import {
  MEDIA_LABELS,
  type TCoverage,
  type TInterview,
  type TJournalist,
  type TNewsListItem,
  type TOutlet,
  type TRelease,
} from '../../../shared/media';
import type { ListExportColumn } from '../../platform/exports/list-export';

/**
 * The columns of the media lists' XLSX and CSV exports (spec 90: every list exports, with its filters).
 * Codes become their labels in the user's language, so a file reads like the screen it came from.
 */
type Lang = keyof Localized;

function label<K extends keyof typeof MEDIA_LABELS>(kind: K, code: string | null, lang: Lang): string {
  if (!code) return '';
  const labels = MEDIA_LABELS[kind] as Record<string, Localized>;
  return labels[code]?.[lang] ?? code;
}

const labels = <K extends keyof typeof MEDIA_LABELS>(kind: K, codes: readonly string[], lang: Lang) =>
  codes.map((code) => label(kind, code, lang)).join('; ');

const date = (iso: string | null) => (iso ? new Date(iso) : null);

export function newsColumns(lang: Lang): ListExportColumn<TNewsListItem>[] {
  return [
    { header: { id: 'Tanggal terbit', en: 'Published' }, value: (r) => new Date(r.publishedAt), width: 20 },
    { header: { id: 'Judul', en: 'Title' }, value: (r) => r.title, width: 60 },
    { header: { id: 'Media', en: 'Outlet' }, value: (r) => r.outletName, width: 24 },
    { header: { id: 'Jenis media', en: 'Media type' }, value: (r) => label('mediaType', r.mediaType, lang) },
    { header: { id: 'Tonasi', en: 'Tone' }, value: (r) => label('tone', r.tone, lang) },
    { header: { id: 'Isu', en: 'Issues' }, value: (r) => r.issues.join('; '), width: 30 },
    { header: { id: 'Tautan', en: 'Link' }, value: (r) => r.url, width: 40 },
    { header: { id: 'Wartawan', en: 'Journalist' }, value: (r) => r.journalist },
    { header: { id: 'Salinan', en: 'Copies' }, value: (r) => r.duplicates },
  ];
}

export function interviewColumns(lang: Lang): ListExportColumn<TInterview>[] {
  return [
    { header: { id: 'Nomor', en: 'Number' }, value: (r) => r.number, width: 16 },
    { header: { id: 'Diterima', en: 'Received' }, value: (r) => date(r.receivedAt), width: 20 },
    { header: { id: 'Saluran', en: 'Channel' }, value: (r) => label('channel', r.channel, lang) },
    { header: { id: 'Media', en: 'Outlet' }, value: (r) => r.outletName, width: 24 },
    { header: { id: 'Jenis media', en: 'Media type' }, value: (r) => label('mediaType', r.mediaType, lang) },
    { header: { id: 'Wartawan', en: 'Journalist' }, value: (r) => r.journalistName, width: 24 },
    { header: { id: 'Topik', en: 'Topic' }, value: (r) => r.topic, width: 50 },
    { header: { id: 'Waktu diinginkan', en: 'Wanted at' }, value: (r) => date(r.wantedAt), width: 20 },
    { header: { id: 'Tenggat', en: 'Deadline' }, value: (r) => date(r.deadline), width: 20 },
    { header: { id: 'Status', en: 'Status' }, value: (r) => label('status', r.status, lang) },
    { header: { id: 'Narasumber', en: 'Spokesperson' }, value: (r) => r.spokesperson, width: 24 },
    { header: { id: 'Hasil', en: 'Outcome' }, value: (r) => label('outcome', r.outcome, lang), width: 20 },
    {
      header: { id: 'Alasan tidak dipenuhi', en: 'Decline reason' },
      value: (r) => label('declineReason', r.declineReason, lang),
      width: 40,
    },
    { header: { id: 'Dijawab', en: 'Responded' }, value: (r) => date(r.respondedAt), width: 20 },
    { header: { id: 'Waktu respons (jam)', en: 'Response time (hours)' }, value: (r) => r.responseHours },
    { header: { id: 'Waktu respons (hari kerja)', en: 'Response time (working days)' }, value: (r) => r.responseWorkingDays },
  ];
}

export function releaseColumns(lang: Lang): ListExportColumn<TRelease>[] {
  return [
    { header: { id: 'Jenis', en: 'Kind' }, value: (r) => label('releaseKind', r.kind, lang), width: 22 },
    { header: { id: 'Nomor', en: 'Number' }, value: (r) => r.number, width: 18 },
    { header: { id: 'Tanggal', en: 'Date' }, value: (r) => r.date },
    { header: { id: 'Judul', en: 'Title' }, value: (r) => r.title, width: 60 },
    { header: { id: 'Komoditas', en: 'Commodities' }, value: (r) => labels('commodity', r.commodities, lang), width: 30 },
    { header: { id: 'Isu', en: 'Issues' }, value: (r) => r.issues.join('; '), width: 30 },
    { header: { id: 'Saluran', en: 'Channels' }, value: (r) => labels('releaseChannel', r.channels, lang), width: 30 },
    { header: { id: 'Tautan', en: 'Link' }, value: (r) => r.link, width: 40 },
  ];
}

export function coverageColumns(lang: Lang, unitName: (id: string) => string): ListExportColumn<TCoverage>[] {
  return [
    { header: { id: 'Tanggal kegiatan', en: 'Activity date' }, value: (r) => r.activityDate },
    { header: { id: 'Kegiatan', en: 'Activity' }, value: (r) => r.activity, width: 50 },
    { header: { id: 'Unit pengusul', en: 'Requesting unit' }, value: (r) => unitName(r.unitId), width: 30 },
    { header: { id: 'Lokasi', en: 'Location' }, value: (r) => label('coverageLocation', r.location, lang) },
    { header: { id: 'Tempat', en: 'Place' }, value: (r) => r.place, width: 24 },
    { header: { id: 'Nomor permintaan layanan', en: 'Service request' }, value: (r) => r.serviceRequestRef },
    { header: { id: 'Status', en: 'Status' }, value: (r) => label('coverageStatus', r.status, lang) },
    { header: { id: 'Berita aktual', en: 'Actual news' }, value: (r) => r.newsTitle, width: 50 },
    { header: { id: 'Tautan berita', en: 'News link' }, value: (r) => r.newsUrl, width: 40 },
    { header: { id: 'Tanggal terbit', en: 'Published' }, value: (r) => r.newsPublishedDate },
  ];
}

export function outletColumns(lang: Lang): ListExportColumn<TOutlet>[] {
  return [
    { header: { id: 'Nama', en: 'Name' }, value: (r) => r.name, width: 30 },
    { header: { id: 'Jenis media', en: 'Media type' }, value: (r) => label('mediaType', r.mediaType, lang) },
    { header: { id: 'Wilayah', en: 'Region' }, value: (r) => r.region, width: 20 },
    { header: { id: 'Situs web', en: 'Website' }, value: (r) => r.website, width: 30 },
    { header: { id: 'Aktif', en: 'Active' }, value: (r) => (r.active ? { id: 'Ya', en: 'Yes' }[lang] : { id: 'Tidak', en: 'No' }[lang]) },
    { header: { id: 'Wartawan', en: 'Journalists' }, value: (r) => r.journalists },
  ];
}

/** Personal data: the route records the export in the audit trail, as every list export. */
export function journalistColumns(lang: Lang): ListExportColumn<TJournalist>[] {
  return [
    { header: { id: 'Nama', en: 'Name' }, value: (r) => r.name, width: 24 },
    { header: { id: 'Media', en: 'Outlet' }, value: (r) => r.outletName, width: 24 },
    { header: { id: 'Desk', en: 'Beat' }, value: (r) => r.beat, width: 20 },
    { header: { id: 'Jenis media', en: 'Media type' }, value: (r) => label('mediaType', r.mediaType, lang) },
    { header: { id: 'Wilayah', en: 'Region' }, value: (r) => r.region, width: 20 },
    { header: { id: 'Surel', en: 'E-mail' }, value: (r) => r.email, width: 28 },
    { header: { id: 'Telepon', en: 'Phone' }, value: (r) => r.phone, width: 18 },
    { header: { id: 'Dasar pemrosesan', en: 'Legal basis' }, value: (r) => label('legalBasis', r.legalBasis, lang), width: 22 },
    { header: { id: 'Tujuan', en: 'Purpose' }, value: (r) => r.purpose, width: 40 },
    { header: { id: 'Persetujuan', en: 'Consent' }, value: (r) => date(r.consentAt), width: 20 },
    { header: { id: 'Versi pemberitahuan', en: 'Notice version' }, value: (r) => r.consentNoticeVersion },
    { header: { id: 'Disimpan sampai', en: 'Retained until' }, value: (r) => r.retentionUntil },
    { header: { id: 'Dibatasi', en: 'Restricted' }, value: (r) => (r.restricted ? { id: 'Ya', en: 'Yes' }[lang] : '') },
  ];
}
