import type { mediaFeedsId } from './media-feeds-id';

/** Strings of the media feeds screen, in English (the same keys as `media-feeds-id.ts`). */
export const mediaFeedsEn: typeof mediaFeedsId = {
  title: 'RSS feeds',
};
