import { eq } from 'drizzle-orm';
import type { TCreateStudyRequest, TUpdateStudyRequest } from '../../../../shared/surveys';
import type { DbOrTx } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/record';
import type { CommandContext } from '../../../platform/command';
import { AppError, type FieldError } from '../../../platform/errors';
import { files } from '../../../platform/files/schema';
import { surveyStudies } from '../schema';

export type StudyRow = typeof surveyStudies.$inferSelect;

/** A study report is a document or a spreadsheet. */
const EVIDENCE_TYPES = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]);

const invalid = (fields: FieldError[]) => new AppError('VALIDATION', { fields });

export async function getStudy(tx: DbOrTx, id: string): Promise<StudyRow> {
  const [row] = await tx.select().from(surveyStudies).where(eq(surveyStudies.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/**
 * A pollster's figures are not ours to compute: they are entered, and must say where they come
 * from — the study attached (a file already uploaded) or a link to it.
 */
async function checkEvidence(tx: DbOrTx, fileId: string | null | undefined, link: string | null | undefined) {
  if (!fileId && !link) {
    throw invalid([{ path: 'evidenceLink', message: 'Lampirkan berkas studi atau tautannya. / Attach the study or link to it.' }]);
  }
  if (!fileId) return;
  const [file] = await tx.select({ mime: files.mime }).from(files).where(eq(files.id, fileId));
  if (!file) throw invalid([{ path: 'evidenceFileId', message: 'Berkas tidak ditemukan. / File not found.' }]);
  if (!EVIDENCE_TYPES.has(file.mime)) throw new AppError('FILE_TYPE_NOT_ALLOWED', { params: { type: file.mime } });
}

function checkAspects(aspects: { code: string }[]) {
  const codes = aspects.map((a) => a.code);
  const twice = codes.find((c, i) => codes.indexOf(c) !== i);
  if (twice) throw invalid([{ path: 'aspects', message: `Kode aspek ganda / duplicate aspect code: ${twice}` }]);
}

export async function createStudy(ctx: CommandContext, input: TCreateStudyRequest): Promise<StudyRow> {
  const [clash] = await ctx.tx.select({ id: surveyStudies.id }).from(surveyStudies).where(eq(surveyStudies.code, input.code));
  if (clash)
    throw new AppError('DUPLICATE', {
      params: { field: `Kode studi / study code ${input.code}` },
      fields: [{ path: 'code', message: input.code }],
    });
  checkAspects(input.aspects);
  await checkEvidence(ctx.tx, input.evidenceFileId, input.evidenceLink);
  const [row] = await ctx.tx
    .insert(surveyStudies)
    .values({
      id: crypto.randomUUID(),
      ...input,
      previousIndex: input.previousIndex ?? null,
      respondents: input.respondents ?? null,
      marginOfErrorPct: input.marginOfErrorPct ?? null,
      confidencePct: input.confidencePct ?? null,
      aspects: input.aspects.map((a) => ({ ...a, previous: a.previous ?? null })),
      evidenceFileId: input.evidenceFileId ?? null,
      evidenceLink: input.evidenceLink ?? null,
      unitId: input.unitId ?? ctx.actor?.unitId ?? null,
      createdBy: ctx.actor?.id ?? null,
    })
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'survey_study',
    entityId: row!.id,
    unitId: row!.unitId,
    after: row,
  });
  return row!;
}

export async function updateStudy(ctx: CommandContext, id: string, input: TUpdateStudyRequest): Promise<StudyRow> {
  const before = await getStudy(ctx.tx, id);
  if (input.aspects) checkAspects(input.aspects);
  const fileId = input.evidenceFileId !== undefined ? input.evidenceFileId : before.evidenceFileId;
  const link = input.evidenceLink !== undefined ? input.evidenceLink : before.evidenceLink;
  await checkEvidence(ctx.tx, fileId, link);
  const [after] = await ctx.tx
    .update(surveyStudies)
    .set({
      ...input,
      ...(input.aspects ? { aspects: input.aspects.map((a) => ({ ...a, previous: a.previous ?? null })) } : {}),
      updatedAt: new Date(),
    })
    .where(eq(surveyStudies.id, id))
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'update',
    entityType: 'survey_study',
    entityId: id,
    unitId: after!.unitId,
    before,
    after,
  });
  return after!;
}
