import { describe, expect, it } from 'vitest';
import { classifyFeedFailure, FeedReadError } from './failure';

/** `fetch` reports a network failure as a TypeError whose cause carries Node's code. */
function fetchFailure(code: string | undefined, message = 'connect failed'): TypeError {
  const cause = Object.assign(new Error(message), code ? { code } : {});
  return new TypeError('fetch failed', { cause });
}

describe('feed failures', () => {
  it('are classified by the network code, not by the words of the message', () => {
    const kinds = [
      fetchFailure('ECONNREFUSED'),
      fetchFailure('ENOTFOUND'),
      fetchFailure('EAI_AGAIN'),
      fetchFailure('UND_ERR_CONNECT_TIMEOUT'),
      fetchFailure('ECONNRESET'),
      fetchFailure('UND_ERR_SOCKET'),
      fetchFailure('CERT_HAS_EXPIRED'),
      fetchFailure('DEPTH_ZERO_SELF_SIGNED_CERT'),
      fetchFailure(undefined, 'bad port'),
      fetchFailure('EWHATEVER'),
    ].map((e) => classifyFeedFailure(e, 15_000).kind);
    expect(kinds).toEqual([
      'refused',
      'not_found',
      'not_found',
      'timeout',
      'reset',
      'reset',
      'certificate',
      'certificate',
      'bad_port',
      'other',
    ]);
  });

  it("keeps the poll's own verdicts and names a timeout with its length", () => {
    expect(classifyFeedFailure(new FeedReadError('http', 'HTTP 404'), 15_000)).toEqual({ kind: 'http', reason: 'HTTP 404' });
    const timeout = Object.assign(new Error('aborted'), { name: 'TimeoutError' });
    expect(classifyFeedFailure(timeout, 15_000)).toEqual({ kind: 'timeout', reason: 'waktu habis / timed out after 15 s' });
    expect(classifyFeedFailure(fetchFailure('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9'), 15_000).reason).toBe(
      'fetch failed: connect ECONNREFUSED 127.0.0.1:9',
    );
    expect(classifyFeedFailure('odd', 15_000)).toEqual({ kind: 'other', reason: 'odd' });
  });
});
