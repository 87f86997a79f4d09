import { z } from '@hono/zod-openapi';

// ---------------------------------------------------------------- digests and alerts

const ZDigestItem = z.object({
  id: z.string(),
  publishedAt: z.string(),
  title: z.string(),
  outlet: z.string(),
  mediaType: z.string(),
  tone: z.string().nullable(),
  url: z.string().nullable(),
  issues: z.array(z.string()),
});
export const ZDigestContent = z.object({
  windowFrom: z.string(),
  windowTo: z.string(),
  total: z.number(),
  byTone: z.object({ positive: z.number(), neutral: z.number(), negative: z.number(), untoned: z.number() }),
  byMediaGroup: z.object({ online: z.number(), print: z.number(), electronic: z.number() }),
  negative: z.array(ZDigestItem),
  latest: z.array(ZDigestItem),
  rising: z.array(z.object({ issue: z.string(), count: z.number(), usual: z.number() })),
  alerts: z.array(z.object({ date: z.string(), kind: z.string(), subject: z.string(), count: z.number(), threshold: z.number() })),
});
export const ZDigest = z
  .object({
    id: z.string(),
    slot: z.string(),
    kind: z.enum(['working', 'non_working', 'manual']),
    windowFrom: z.string(),
    windowTo: z.string(),
    emailedAt: z.string().nullable(),
    emailedTo: z.number(),
    content: ZDigestContent,
  })
  .openapi('Digest');
export type TDigest = z.infer<typeof ZDigest>;

export const ZAlert = z
  .object({
    id: z.string(),
    date: z.string(),
    kind: z.enum(['issue', 'negative']),
    subject: z.string(),
    count: z.number(),
    baselineMean: z.number(),
    threshold: z.number(),
    acknowledged: z.boolean(),
  })
  .openapi('MediaAlert');
export type TAlert = z.infer<typeof ZAlert>;
