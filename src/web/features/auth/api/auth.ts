import { postAuth } from '../../../lib/api';

/** better-auth answers a password sign-in of an account with a second factor with this, and no session yet. */
export interface SignInResult {
  twoFactorRedirect?: boolean;
}

export const signIn = (email: string, password: string) => postAuth<SignInResult>('/api/auth/sign-in/email', { email, password });

/** The TOTP code: completes a sign-in (two-factor cookie) or, when signed in, turns the factor on. */
export const verifyTotp = (code: string) => postAuth<unknown>('/api/auth/two-factor/verify-totp', { code });
