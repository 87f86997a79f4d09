import { z } from '@hono/zod-openapi';

/**
 * A person's request about their personal data (UU 27/2022): what they asked, how it arrived, and
 * the deadline the law gives — 3 × 24 hours from receipt (spec 90, "Personal data").
 */
export const DATA_REQUEST_HOURS = 72;

/** The rights a person exercises in UU 27/2022: access (arts. 6–7), correction (6), erasure (8), withdrawal of consent (9), restriction (11). */
export const DATA_REQUEST_KINDS = ['access', 'correction', 'erasure', 'withdraw_consent', 'restriction'] as const;
export const DATA_REQUEST_CHANNELS = ['email', 'letter', 'phone', 'in_person', 'other'] as const;
export const DATA_REQUEST_STATUSES = ['open', 'done', 'refused'] as const;

export const ZDataRequestCreate = z
  .strictObject({
    kind: z.enum(DATA_REQUEST_KINDS),
    channel: z.enum(DATA_REQUEST_CHANNELS),
    /** When it arrived; now when left out. The deadline runs from here, so a request logged late is due sooner. */
    receivedAt: z.iso.datetime({ offset: true }).optional(),
    details: z.string().trim().max(2000).nullable().optional(),
  })
  .openapi('DataRequestCreate');
export type TDataRequestCreate = z.infer<typeof ZDataRequestCreate>;

export const ZDataRequestResolve = z
  .strictObject({
    status: z.enum(['done', 'refused']),
    /** What was done, or why it was refused (the reason is required for a refusal: the person is told it). */
    resolution: z.string().trim().max(2000).nullable().optional(),
  })
  .refine((v) => v.status !== 'refused' || (v.resolution && v.resolution.length > 0), {
    message: 'Penolakan perlu alasannya. / A refusal needs its reason.',
    path: ['resolution'],
  })
  .openapi('DataRequestResolve');
export type TDataRequestResolve = z.infer<typeof ZDataRequestResolve>;

export const ZDataRequest = z
  .object({
    id: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    /** The person's name now ("Anonim" once erased): read from their record, never copied here. */
    subjectName: z.string().nullable(),
    kind: z.enum(DATA_REQUEST_KINDS),
    channel: z.enum(DATA_REQUEST_CHANNELS),
    receivedAt: z.string(),
    dueAt: z.string(),
    details: z.string().nullable(),
    status: z.enum(DATA_REQUEST_STATUSES),
    resolvedAt: z.string().nullable(),
    resolvedBy: z.string().nullable(),
    resolution: z.string().nullable(),
    /** Open past its deadline, or closed after it. */
    late: z.boolean(),
  })
  .openapi('DataRequest');
export type TDataRequest = z.infer<typeof ZDataRequest>;
