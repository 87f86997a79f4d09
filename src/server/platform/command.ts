import type { DbOrTx } from '../db/types';
import type { Actor, RequestMeta } from './context';

/** What every domain command receives: where to write, who acts, and from where (for the audit). */
export interface CommandContext {
  tx: DbOrTx;
  actor: Actor | null;
  meta: RequestMeta | null;
}

/** For commands run by the system itself (demo loader, jobs, CLI). */
export const SYSTEM_META: RequestMeta = { ip: null, userAgent: 'simpul-cli', requestId: 'system' };
