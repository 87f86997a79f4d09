import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * A journalist's interview request (spec 30, "Interview requests"): from the public form or
 * recorded by staff from WhatsApp, e-mail or the phone. It moves received → triaged → assigned →
 * fulfilled | declined; the outcome and the decline reason feed IKK9. The journalist's name and
 * contact are personal data, anonymized when `retentionUntil` passes.
 */
export const mediaInterviewRequests = pgTable(
  'media_interview_requests',
  {
    id: text('id').primaryKey(),
    /** The bureau's register number, `WAW-2021-0001`. */
    number: text('number').notNull(),
    /** Given to the journalist to follow the request without an account (≥ 128 bits of randomness). */
    trackingCode: text('tracking_code').notNull(),
    /** public_form | whatsapp | email | phone | other */
    channel: text('channel').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** The day it arrived in Asia/Jakarta: the period IKK9 counts it in. */
    receivedDate: date('received_date').notNull(),
    outletId: text('outlet_id'),
    outletName: text('outlet_name').notNull(),
    mediaType: text('media_type').notNull(),
    journalistId: text('journalist_id'),
    journalistName: text('journalist_name').notNull(),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    topic: text('topic').notNull(),
    questions: text('questions'),
    wantedAt: timestamp('wanted_at', { withTimezone: true }),
    deadline: timestamp('deadline', { withTimezone: true }),
    preferredSpokesperson: text('preferred_spokesperson'),
    /** received | triaged | assigned | fulfilled | declined */
    status: text('status').notNull(),
    /** normal | urgent */
    priority: text('priority').notNull().default('normal'),
    triageNote: text('triage_note'),
    triagedBy: text('triaged_by'),
    triagedAt: timestamp('triaged_at', { withTimezone: true }),
    assignedTo: text('assigned_to'),
    spokesperson: text('spokesperson'),
    assignedBy: text('assigned_by'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    /** direct | written | talkshow | declined */
    outcome: text('outcome'),
    /** already_answered | outside_mandate | no_statement_yet | schedule_impossible | other */
    declineReason: text('decline_reason'),
    outcomeNote: text('outcome_note'),
    /** The published statement sent, or where the answer appeared. */
    outcomeLink: text('outcome_link'),
    /** When the journalist got the answer (or the refusal): the end of the response time. */
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    respondedBy: text('responded_by'),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    consentNoticeVersion: text('consent_notice_version'),
    retentionUntil: date('retention_until').notNull(),
    anonymizedAt: timestamp('anonymized_at', { withTimezone: true }),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('media_interviews_number_uq').on(t.number),
    uniqueIndex('media_interviews_tracking_uq').on(t.trackingCode),
    index('media_interviews_received_idx').on(t.receivedDate),
    index('media_interviews_status_idx').on(t.status, t.receivedAt),
  ],
);

/** Public-form submissions per client address and hour: the form's rate limit. */
export const mediaPublicThrottle = pgTable('media_public_throttle', {
  /** A keyed hash of the address (HMAC, per-installation key), so that the table keeps no address. */
  key: text('key').primaryKey(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
});
