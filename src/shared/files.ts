import { z } from '@hono/zod-openapi';

/** An uploaded file's description (the bytes come from its download link). */
export const ZFile = z
  .object({
    id: z.string(),
    name: z.string(),
    mime: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    unitId: z.string().nullable(),
    uploadedBy: z.string(),
    createdAt: z.string(),
    downloadUrl: z.string(),
  })
  .openapi('File');
export type TFile = z.infer<typeof ZFile>;
