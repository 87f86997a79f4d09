import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Lang } from '../../shared/i18n/errors';
import type { AppEnv } from './context';

export const LANG_COOKIE = 'simpul_lang';

/** The interface language: the switch's cookie, else the browser's preference, else Indonesian. */
export function languageOf(c: Context): Lang {
  const cookie = getCookie(c, LANG_COOKIE);
  if (cookie === 'en' || cookie === 'id') return cookie;
  const header = c.req.header('accept-language') ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}

/** The client's address: the socket's, or the proxy's X-Forwarded-For only when the proxy is trusted. */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // requests made in-process (tests) have no socket
  }
}
