import { postAuth } from '../../../lib/api';

export { verifyTotp } from '../../auth/api/auth';

/** Changes the password and signs out every other session (a stolen session ends with the old password). */
export const changePassword = (currentPassword: string, newPassword: string) =>
  postAuth<unknown>('/api/auth/change-password', { currentPassword, newPassword, revokeOtherSessions: true });

export interface TotpEnrolment {
  totpURI: string;
  backupCodes: string[];
}

/** Creates the authenticator secret; the factor is on only after the first code is verified. */
export const enableTotp = (password: string) => postAuth<TotpEnrolment>('/api/auth/two-factor/enable', { password });

/** The base32 secret inside an `otpauth://` address, for apps that take it typed in. */
export function totpSecret(uri: string): string {
  try {
    return new URL(uri).searchParams.get('secret') ?? '';
  } catch {
    return '';
  }
}
