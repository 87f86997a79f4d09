import { createRouter } from '../../platform/router';

export { mediaPolicy } from './policy';
export { MEDIA_MEASURES } from './measures';
export { loadMediaDemo } from './demo';

/** Media relations: news monitoring, tone, digests, releases, coverage, interview requests, contacts. */
export function createMediaRouter() {
  return createRouter();
}
