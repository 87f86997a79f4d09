/** Strings of the media coverage screen, in Indonesian. `media-coverage-en.ts` has the same keys. */
export const mediaCoverageId = {
  title: 'Peliputan',
};
