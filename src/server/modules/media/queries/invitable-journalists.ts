import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/types';
import { queryRows } from '../../../db/sql';

export interface InvitableJournalist {
  id: string;
  name: string;
  outletName: string | null;
  email: string;
}

/**
 * The journalists a survey may invite (spec 50: media satisfaction among the journalists served
 * during the year): in the contacts with an e-mail, neither restricted nor erased — their data's
 * purpose includes survey invitations — and, with `servedInYear`, only those who asked for an
 * interview that year (linked to their record or from their e-mail).
 */
export async function invitableJournalists(db: DbOrTx, servedInYear?: number): Promise<InvitableJournalist[]> {
  const served = servedInYear
    ? sql`AND EXISTS (
        SELECT 1 FROM media_interview_requests r
        WHERE r.received_date BETWEEN ${`${servedInYear}-01-01`} AND ${`${servedInYear}-12-31`}
          AND (r.journalist_id = j.id OR lower(r.contact_email) = lower(j.email)))`
    : sql``;
  return queryRows<InvitableJournalist>(
    db,
    sql`SELECT j.id, j.name, o.name AS "outletName", j.email
        FROM media_journalists j LEFT JOIN media_outlets o ON o.id = j.outlet_id
        WHERE j.email IS NOT NULL AND j.anonymized_at IS NULL AND j.restricted_at IS NULL ${served}
        ORDER BY j.name, j.id`,
  );
}
