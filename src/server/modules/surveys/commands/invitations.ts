import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/record';
import type { CommandContext } from '../../../platform/command';
import { AppError } from '../../../platform/errors';
import { units } from '../../org';
import { hashToken, newToken } from '../protection';
import { surveyInvitations } from '../schema';
import { getSurvey } from './surveys';

export interface NewInvitation {
  label?: string | null;
  unitId?: string | null;
}

/**
 * Personal invitations, one response each. The tokens are returned this once and only their
 * hashes are kept: whoever sends them out must copy them now (the export is made at creation).
 */
export async function createInvitations(ctx: CommandContext, surveyId: string, invitations: NewInvitation[]) {
  const survey = await getSurvey(ctx.tx, surveyId);
  const unitIds = [...new Set(invitations.map((i) => i.unitId).filter((u): u is string => !!u))];
  for (const unitId of unitIds) {
    const [unit] = await ctx.tx.select({ id: units.id }).from(units).where(eq(units.id, unitId));
    if (!unit)
      throw new AppError('VALIDATION', { fields: [{ path: 'unitId', message: `Unit tidak ditemukan. / Unknown unit: ${unitId}` }] });
  }
  const created = invitations.map((invitation) => ({
    id: crypto.randomUUID(),
    token: newToken(),
    label: invitation.label?.trim() || null,
    unitId: invitation.unitId ?? null,
  }));
  if (created.length) {
    await ctx.tx.insert(surveyInvitations).values(
      created.map((c) => ({
        id: c.id,
        surveyId,
        tokenHash: hashToken(c.token),
        label: c.label,
        unitId: c.unitId,
        createdBy: ctx.actor?.id ?? null,
      })),
    );
  }
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'survey_invitation',
    entityId: surveyId,
    unitId: survey.unitId,
    after: { count: created.length, invitations: created.map((c) => ({ id: c.id, label: c.label, unitId: c.unitId })) },
  });
  return created;
}
