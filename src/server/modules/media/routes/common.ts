import { z } from '@hono/zod-openapi';

export const TAG = 'Humas — media';

export const ZPage = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
