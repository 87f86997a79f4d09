import { sql } from 'drizzle-orm';
import { date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** A survey: what it asks of whom, when, and how it is distributed (spec 50, "The engine"). */
export const surveys = pgTable(
  'surveys',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    kind: text('kind').notNull(), // 'ikm' | 'internal'
    title: text('title').notNull(),
    titleEn: text('title_en'),
    purpose: text('purpose').notNull().default(''),
    population: text('population').notNull().default(''),
    populationSize: integer('population_size'),
    marginOfError: doublePrecision('margin_of_error'),
    year: integer('year').notNull(),
    quarter: integer('quarter'),
    series: text('series'),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    access: text('access').notNull(), // 'public' | 'invitation'
    /** The anonymous link's token (256 random bits), when the survey is public. */
    publicToken: text('public_token'),
    consent: jsonb('consent').notNull(),
    quotas: jsonb('quotas').notNull().default([]),
    unitId: text('unit_id'),
    currentVersion: integer('current_version').notNull().default(1),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('surveys_code_uq').on(t.code),
    uniqueIndex('surveys_public_token_uq').on(t.publicToken),
    index('surveys_year_idx').on(t.year, t.kind),
  ],
);

/** Each version of a survey's questionnaire. A version that has answers is never changed again. */
export const surveyQuestionnaires = pgTable(
  'survey_questionnaires',
  {
    id: text('id').primaryKey(),
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_questionnaires_version_uq').on(t.surveyId, t.version)],
);

/** A personal invitation: only the token's SHA-256 is kept (the token is shown once), one response each. */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: text('id').primaryKey(),
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id),
    tokenHash: text('token_hash').notNull(),
    label: text('label'),
    /** The unit invited (internal surveys): its response is counted as that unit's. */
    unitId: text('unit_id'),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_invitations_token_uq').on(t.tokenHash), index('survey_invitations_survey_idx').on(t.surveyId)],
);

/**
 * One respondent's answers to one questionnaire version, keyed by question code. Anonymous:
 * no address is stored, only a keyed hash of address and answers to recognise a resubmission.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: text('id').primaryKey(),
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id),
    version: integer('version').notNull(),
    source: text('source').notNull(), // 'web' | 'invitation' | 'import'
    invitationId: text('invitation_id'),
    unitId: text('unit_id'),
    answers: jsonb('answers').notNull(),
    lang: text('lang').notNull().default('id'),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    fingerprint: text('fingerprint'),
    importBatchId: text('import_batch_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('survey_responses_survey_idx').on(t.surveyId, t.submittedAt),
    uniqueIndex('survey_responses_invitation_uq').on(t.invitationId).where(sql`${t.invitationId} IS NOT NULL`),
    index('survey_responses_fingerprint_idx').on(t.surveyId, t.fingerprint),
  ],
);

/** Submissions per address (a keyed hash, never the address) per hour: the public form's rate limit. */
export const surveyRateLimits = pgTable('survey_rate_limits', {
  key: text('key').primaryKey(),
  hour: timestamp('hour', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
});

/** A pollster's study entered as aggregate results (public opinion), with its evidence. */
export const surveyStudies = pgTable(
  'survey_studies',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    pollster: text('pollster').notNull().default(''),
    year: integer('year').notNull(),
    index: doublePrecision('index').notNull(),
    previousIndex: doublePrecision('previous_index'),
    respondents: integer('respondents'),
    marginOfErrorPct: doublePrecision('margin_of_error_pct'),
    confidencePct: doublePrecision('confidence_pct'),
    method: text('method').notNull().default(''),
    aspects: jsonb('aspects').notNull().default([]),
    evidenceFileId: text('evidence_file_id'),
    evidenceLink: text('evidence_link'),
    unitId: text('unit_id'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_studies_code_uq').on(t.code)],
);
