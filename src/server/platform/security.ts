import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './context';
import { AppError } from './errors';

/** Security headers (docs/security.md, ASVS V3/V14). The web bundle needs no inline script. */
export function securityHeaders(production: boolean) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Mantine writes its CSS variables in style attributes.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
      // No <base> element anywhere; 'none' as ASVS 5 (3.4.3) asks.
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
    },
    strictTransportSecurity: production ? 'max-age=31536000; includeSubDomains' : false,
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    xContentTypeOptions: 'nosniff',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated requests: a state-changing request must come from our
 * own origin (Origin header, or Sec-Fetch-Site: same-origin). Requests without either header and
 * without a cookie (API tokens, tests, curl) cannot ride on a victim's session anyway.
 */
export function csrfGuard(allowedOrigins: string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const hasCookie = (c.req.header('cookie') ?? '').length > 0;
      const ok = origin
        ? allowedOrigins.includes(origin) || origin === new URL(c.req.url).origin
        : site
          ? site === 'same-origin' || site === 'none'
          : !hasCookie;
      if (!ok) throw new AppError('CSRF');
    }
    await next();
  };
}
