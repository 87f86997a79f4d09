import { z } from '@hono/zod-openapi';
import type { Actor } from '../../context';
import { AppError } from '../../errors';
import type { AnyImportDefinition, ImportRegistry } from '../types';

export const ZKindParam = z.object({
  kind: z
    .string()
    .regex(/^[a-z][a-z0-9_.-]{0,60}$/)
    .openapi({ param: { name: 'kind', in: 'path' }, example: 'holidays' }),
});

export const ZBatchParam = z.object({
  batchId: z
    .string()
    .uuid()
    .openapi({ param: { name: 'batchId', in: 'path' } }),
});

/** The definition of a kind the actor may import; an unknown kind is a 404. */
export function definitionFor(registry: ImportRegistry, kind: string, actor: Actor | null): AnyImportDefinition {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const definition = Object.hasOwn(registry, kind) ? registry[kind] : undefined;
  if (!definition) throw new AppError('NOT_FOUND');
  if (!definition.can(actor)) throw new AppError('FORBIDDEN');
  return definition;
}
