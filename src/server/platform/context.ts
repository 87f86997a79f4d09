import type { Logger } from 'pino';
import type { Lang } from '../../shared/i18n/errors';
import type { TRole } from '../../shared/roles';
import type { Database } from '../db/client';
import type { Db } from '../db/types';
import type { TEnv } from '../env';
import type { Auth } from './auth/auth';
import type { FileStore } from './files/store';
import type { Mailer } from './notify/mailer';

/** The signed-in user as every check sees it. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: TRole;
  unitId: string | null;
  twoFactorEnabled: boolean;
}

/** Who did it, from where: carried into every command for the audit trail. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

/** The long-lived parts of a running application, built once at start. */
export interface Services {
  env: TEnv;
  database: Database;
  db: Db;
  auth: Auth;
  logger: Logger;
  files: FileStore;
  mailer: Mailer;
  /** Roles that must use a second factor; empty in demo mode unless set. */
  demo: boolean;
}

export interface AppEnv {
  Variables: {
    services: Services;
    db: Db;
    actor: Actor | null;
    lang: Lang;
    meta: RequestMeta;
  };
}
