/** Strings of the media feeds screen, in Indonesian. `media-feeds-en.ts` has the same keys. */
export const mediaFeedsId = {
  title: 'Umpan RSS',
};
