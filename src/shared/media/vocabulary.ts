import { z } from '@hono/zod-openapi';
import type { Localized } from '../i18n/localized';

/** The media module's vocabulary — tones, media types, commodities, interview outcomes — and its labels. */
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
  coverageStatus: {
    requested: { id: 'Diajukan', en: 'Requested' },
    covered: { id: 'Diliput', en: 'Covered' },
    not_covered: { id: 'Tidak diliput', en: 'Not covered' },
  },
  coverageLocation: {
    in_city: { id: 'Dalam kota', en: 'In the city' },
    out_of_city: { id: 'Luar kota', en: 'Out of the city' },
  },
  legalBasis: {
    consent: { id: 'Persetujuan', en: 'Consent' },
    legitimate_interest: { id: 'Kepentingan yang sah', en: 'Legitimate interest' },
    public_task: { id: 'Tugas pelayanan publik', en: 'Public task' },
  },
} satisfies Record<string, Record<string, Localized>>;

/** The keywords a feed filters on unless configured otherwise (spec 30). */
export const DEFAULT_FEED_KEYWORDS = ['BPOM', 'Badan POM', 'Badan Pengawas Obat dan Makanan'];

/** A required text field of at most `max` characters (trimmed). */
export const textField = (max: number) => z.string().trim().min(1).max(max);
/** A web link: http or https only (a `javascript:` URL shown as a link would run). */
export const ZHttpUrl = z
  .string()
  .trim()
  .max(2000)
  .url()
  .refine((v) => /^https?:\/\//i.test(v), { message: 'http(s)://…' });
/** A list of tags (issues, spokespersons). */
export const tagsField = z.array(z.string().trim().min(1).max(80)).max(20);
