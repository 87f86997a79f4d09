import { z } from '@hono/zod-openapi';
import { textField, ZDeclineReason, ZInterviewChannel, ZInterviewOutcome, ZInterviewStatus, ZHttpUrl, ZMediaType } from './vocabulary';

// ---------------------------------------------------------------- interview requests

const contactFields = {
  outletName: textField(200),
  mediaType: ZMediaType,
  journalistName: textField(200),
  contactEmail: z.string().trim().email().max(254).nullable().optional(),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()-]{6,30}$/)
    .nullable()
    .optional(),
  topic: textField(300),
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
  .strictObject({ assignedTo: z.string().min(1).max(100), spokesperson: textField(200) })
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
    /** Linked to a journalist of the media contacts (by the e-mail it came from). */
    inContacts: z.boolean(),
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
