import { z } from '@hono/zod-openapi';

/** A text the survey's author writes in Indonesian and, optionally, English (the page falls back to Indonesian). */
export const ZText = z.strictObject({
  id: z.string().trim().min(1).max(2000),
  en: z.string().trim().max(2000).default(''),
});
export type TText = z.infer<typeof ZText>;

const ZCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,39}$/, 'letters, digits, _ . - (starting with a letter)');
/** Element codes as the regulation's tables print them: U1…U9 (any letters then digits). */
export const ZElementCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{1,4}\d{1,3}$/, 'e.g. U1');

const ZLikert = z.strictObject({
  type: z.literal('likert'),
  code: ZCode,
  /** The element (unsur) the item measures; a satisfaction and an expectation item may share it. */
  element: ZElementCode,
  dimension: z.enum(['satisfaction', 'expectation']).default('satisfaction'),
  text: ZText,
  /** The four answers, 1 (worst) to 4 (best), as the regulation's questionnaire words them per element. */
  labels: z.array(ZText).length(4).optional(),
  required: z.boolean().default(true),
});
const ZOption = z.strictObject({ value: ZCode, label: ZText });
const ZChoice = z.strictObject({
  type: z.enum(['single', 'multiple']),
  code: ZCode,
  text: ZText,
  options: z.array(ZOption).min(2).max(50),
  /** A demographic question: results can be broken down by it, and quotas set on it. */
  demographic: z.boolean().default(false),
  required: z.boolean().default(false),
});
const ZFreeText = z.strictObject({
  type: z.literal('text'),
  code: ZCode,
  text: ZText,
  maxLength: z.number().int().min(1).max(5000).default(1000),
  required: z.boolean().default(false),
});
export const ZQuestion = z.discriminatedUnion('type', [ZLikert, ZChoice, ZFreeText]);
export type TQuestion = z.infer<typeof ZQuestion>;

export const ZQuestionnaire = z
  .strictObject({
    /** The elements in the survey's own order (the regulation's order is never assumed). */
    elements: z
      .array(z.strictObject({ code: ZElementCode, name: ZText }))
      .min(1)
      .max(30),
    sections: z
      .array(z.strictObject({ title: ZText, questions: z.array(ZQuestion).min(1).max(100) }))
      .min(1)
      .max(20),
  })
  .superRefine((q, ctx) => {
    const codes = new Set<string>();
    const elements = new Set(q.elements.map((e) => e.code));
    if (elements.size !== q.elements.length) ctx.addIssue({ code: 'custom', path: ['elements'], message: 'duplicate element code' });
    const pairs = new Map<string, Set<string>>();
    for (const [s, section] of q.sections.entries()) {
      for (const [i, question] of section.questions.entries()) {
        const path = ['sections', s, 'questions', i];
        if (codes.has(question.code)) ctx.addIssue({ code: 'custom', path: [...path, 'code'], message: `duplicate code ${question.code}` });
        codes.add(question.code);
        if (question.type !== 'likert') continue;
        if (!elements.has(question.element))
          ctx.addIssue({ code: 'custom', path: [...path, 'element'], message: `unknown element ${question.element}` });
        const seen = pairs.get(question.element) ?? new Set<string>();
        if (seen.has(question.dimension))
          ctx.addIssue({ code: 'custom', path: [...path, 'element'], message: `${question.element} has two ${question.dimension} items` });
        seen.add(question.dimension);
        pairs.set(question.element, seen);
      }
    }
    for (const code of elements) {
      if (!pairs.get(code)?.has('satisfaction'))
        ctx.addIssue({ code: 'custom', path: ['elements'], message: `${code} has no satisfaction item` });
    }
  })
  .openapi('Questionnaire');
export type TQuestionnaire = z.infer<typeof ZQuestionnaire>;

export const SURVEY_KINDS = ['ikm', 'internal'] as const;
const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const ZQuota = z.strictObject({ question: ZCode, option: ZCode, max: z.number().int().min(1).max(1_000_000) });

const surveyFields = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{1,59}$/),
  /** 'ikm': the regulation's index (× 25); 'internal': units rate the bureau's services, index = mean 1–4. */
  kind: z.enum(SURVEY_KINDS).default('ikm'),
  title: z.string().trim().min(3).max(300),
  titleEn: z.string().trim().max(300).nullable().optional(),
  purpose: z.string().trim().max(4000).default(''),
  population: z.string().trim().max(1000).default(''),
  populationSize: z.number().int().min(1).max(1e9).nullable().optional(),
  marginOfError: z.number().gt(0).lt(1).nullable().optional(),
  year: z.number().int().min(2000).max(2100),
  quarter: z.number().int().min(1).max(4).nullable().optional(),
  /** Surveys repeated every year share a series: the year-over-year comparison follows it. */
  series: z.string().trim().max(60).nullable().optional(),
  opensOn: ZDay,
  closesOn: ZDay,
  /** 'public': an anonymous link anyone may answer once per device; 'invitation': personal tokens only. */
  access: z.enum(['public', 'invitation']).default('public'),
  consent: ZText.optional(),
  quotas: z.array(ZQuota).max(100).default([]),
  unitId: z.string().nullable().optional(),
};
export const ZCreateSurveyRequest = z
  .strictObject({ ...surveyFields, questionnaire: ZQuestionnaire })
  .refine((s) => s.opensOn <= s.closesOn, { path: ['closesOn'], message: 'closesOn before opensOn' })
  .openapi('CreateSurveyRequest');
export type TCreateSurveyRequest = z.infer<typeof ZCreateSurveyRequest>;

export const ZUpdateSurveyRequest = z
  .strictObject({ ...surveyFields, closed: z.boolean() })
  .omit({ code: true, kind: true })
  .partial()
  .openapi('UpdateSurveyRequest');
export type TUpdateSurveyRequest = z.infer<typeof ZUpdateSurveyRequest>;

export const ZSurvey = z
  .object({
    id: z.string(),
    code: z.string(),
    kind: z.enum(SURVEY_KINDS),
    title: z.string(),
    titleEn: z.string().nullable(),
    purpose: z.string(),
    population: z.string(),
    populationSize: z.number().nullable(),
    marginOfError: z.number().nullable(),
    year: z.number(),
    quarter: z.number().nullable(),
    series: z.string().nullable(),
    opensOn: z.string(),
    closesOn: z.string(),
    closedAt: z.string().nullable(),
    status: z.enum(['scheduled', 'open', 'closed']),
    access: z.enum(['public', 'invitation']),
    publicPath: z.string().nullable(),
    consent: z.object({ id: z.string(), en: z.string() }),
    quotas: z.array(z.object({ question: z.string(), option: z.string(), max: z.number() })),
    unitId: z.string().nullable(),
    currentVersion: z.number(),
    responses: z.number(),
    sample: z.object({ krejcieMorgan: z.number().nullable(), slovin: z.number().nullable(), progressPct: z.number().nullable() }),
    createdAt: z.string(),
  })
  .openapi('Survey');
export type TSurvey = z.infer<typeof ZSurvey>;

/** One answer: a Likert value, a chosen option, several options, or text; null = not answered. */
export const ZAnswerValue = z.union([z.number(), z.string().max(5000), z.array(z.string().max(100)).max(50), z.null()]);
export const ZAnswers = z.record(z.string().max(40), ZAnswerValue);
export type TAnswers = z.infer<typeof ZAnswers>;

export const ZSubmitResponseRequest = z
  .strictObject({
    version: z.number().int().min(1),
    answers: ZAnswers,
    consent: z.boolean(),
    lang: z.enum(['id', 'en']).default('id'),
    /** Left empty by people; a form-filling robot fills it (the field is hidden on the page). */
    website: z.string().max(500).default(''),
  })
  .openapi('SubmitResponseRequest');
export type TSubmitResponseRequest = z.infer<typeof ZSubmitResponseRequest>;

export const ZQuestionnaireVersion = z.object({
  version: z.number(),
  createdAt: z.string(),
  responses: z.number(),
  questionnaire: ZQuestionnaire,
});

export const ZStudyAspect = z.strictObject({
  code: ZCode,
  name: ZText,
  value: z.number().min(0).max(100),
  previous: z.number().min(0).max(100).nullable().optional(),
});
const studyFields = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{1,59}$/),
  title: z.string().trim().min(3).max(300),
  pollster: z.string().trim().max(300).default(''),
  year: z.number().int().min(2000).max(2100),
  index: z.number().min(0).max(100),
  previousIndex: z.number().min(0).max(100).nullable().optional(),
  respondents: z.number().int().min(1).nullable().optional(),
  marginOfErrorPct: z.number().min(0).max(100).nullable().optional(),
  confidencePct: z.number().min(0).max(100).nullable().optional(),
  method: z.string().trim().max(4000).default(''),
  aspects: z.array(ZStudyAspect).max(30).default([]),
  evidenceFileId: z.string().nullable().optional(),
  evidenceLink: z.string().url().max(1000).nullable().optional(),
  unitId: z.string().nullable().optional(),
};
/** A pollster's study entered as its aggregate results, with the study attached or linked as evidence. */
export const ZCreateStudyRequest = z.strictObject(studyFields).openapi('CreateStudyRequest');
export type TCreateStudyRequest = z.infer<typeof ZCreateStudyRequest>;
export const ZUpdateStudyRequest = z.strictObject(studyFields).omit({ code: true }).partial().openapi('UpdateStudyRequest');
export type TUpdateStudyRequest = z.infer<typeof ZUpdateStudyRequest>;

export const ZStudy = z
  .object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    pollster: z.string(),
    year: z.number(),
    index: z.number(),
    previousIndex: z.number().nullable(),
    respondents: z.number().nullable(),
    marginOfErrorPct: z.number().nullable(),
    confidencePct: z.number().nullable(),
    method: z.string(),
    aspects: z.array(
      z.object({
        code: z.string(),
        name: z.object({ id: z.string(), en: z.string() }),
        value: z.number(),
        previous: z.number().nullable(),
      }),
    ),
    evidenceFileId: z.string().nullable(),
    evidenceLink: z.string().nullable(),
    unitId: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Study');
export type TStudy = z.infer<typeof ZStudy>;
