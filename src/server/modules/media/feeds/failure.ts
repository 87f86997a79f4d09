import type { TFeedFailure } from '../../../../shared/media';

/** A feed read that failed for a reason the poll itself found (an HTTP status, a body too large, not a feed). */
export class FeedReadError extends Error {
  constructor(
    readonly kind: TFeedFailure,
    message: string,
  ) {
    super(message);
    this.name = 'FeedReadError';
  }
}

/** Node's (undici's) network error codes, by what they mean to the bureau. */
const NETWORK_CODES: [RegExp, TFeedFailure][] = [
  [/^ECONNREFUSED$/, 'refused'],
  [/^(ENOTFOUND|EAI_AGAIN)$/, 'not_found'],
  [/^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)$/, 'timeout'],
  [/^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/, 'reset'],
  [/^(CERT_|ERR_TLS|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_SSL)/, 'certificate'],
];

/**
 * What went wrong, from the error itself: its kind, for the screen to explain, and its technical
 * text, kept beside it in the log. `fetch` wraps network failures in a TypeError whose `cause` has the code.
 */
export function classifyFeedFailure(error: unknown, timeoutMs: number): { kind: TFeedFailure; reason: string } {
  if (error instanceof FeedReadError) return { kind: error.kind, reason: error.message };
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return { kind: 'timeout', reason: `waktu habis / timed out after ${Math.round(timeoutMs / 1000)} s` };
  if (!(error instanceof Error)) return { kind: 'other', reason: String(error) };
  const cause = error.cause instanceof Error ? error.cause : null;
  const reason = cause ? `${error.message}: ${cause.message}` : error.message;
  const code = String((cause as { code?: unknown } | null)?.code ?? (error as { code?: unknown }).code ?? '');
  for (const [pattern, kind] of NETWORK_CODES) if (pattern.test(code)) return { kind, reason };
  // undici refuses ports browsers refuse (6000, 6667 …) with an error that has no code.
  if (/bad port/i.test(cause?.message ?? error.message)) return { kind: 'bad_port', reason };
  return { kind: 'other', reason };
}
