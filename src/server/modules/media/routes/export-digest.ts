import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { authorize } from '../../../platform/authorize';
import { agencyCode } from '../../org';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { attachmentHeader } from '../../../platform/exports/export';
import { STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import type { DigestContent } from '../digest/content';
import { digestDocx } from '../digest/docx';
import { docxToPdf } from '../digest/pdf';
import { digestText } from '../digest/text';
import { mediaPolicy } from '../policy';
import { mediaDigests } from '../schema';
import { TAG } from './common';

const TYPES = {
  txt: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

export const exportDigestRoute = createRoute({
  method: 'get',
  path: '/media/digests/{id}/export',
  tags: [TAG],
  summary: 'A digest as plain text for a WhatsApp group, as Word, or as PDF (PDF needs LibreOffice on the server: 503 otherwise)',
  request: { params: ZIdParam, query: z.object({ format: z.enum(['txt', 'docx', 'pdf']) }) },
  responses: {
    200: {
      description: 'The file',
      content: {
        [TYPES.txt]: { schema: z.string() },
        [TYPES.docx]: { schema: z.string().openapi({ format: 'binary' }) },
        [TYPES.pdf]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...STANDARD_ERRORS,
    503: { description: 'No PDF converter on the server' },
  },
});

export const exportDigestHandler: RouteHandler<typeof exportDigestRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.digest.read');
  const [row] = await c
    .get('db')
    .select()
    .from(mediaDigests)
    .where(eq(mediaDigests.id, c.req.valid('param').id));
  if (!row) throw new AppError('NOT_FOUND');
  const { format } = c.req.valid('query');
  const lang = c.get('lang');
  const content = row.content as DigestContent;
  const agency = await agencyCode(c.get('db'));
  let body: Uint8Array | string;
  if (format === 'txt') body = digestText(content, lang, agency);
  else {
    const docx = await digestDocx(content, lang, agency);
    if (format === 'docx') body = docx;
    else {
      const pdf = await docxToPdf(docx);
      if (!pdf) throw new AppError('PDF_UNAVAILABLE');
      body = pdf;
    }
  }
  const name = `${lang === 'id' ? 'ringkasan-berita' : 'news-digest'}-${row.slot.toISOString().slice(0, 16).replace(':', '')}.${format}`;
  return new Response(body as BodyInit, {
    status: 200,
    headers: { 'Content-Type': TYPES[format], 'Content-Disposition': attachmentHeader(name), 'Cache-Control': 'no-store' },
  });
};
