import type { mediaCoverageId } from './media-coverage-id';

/** Strings of the media coverage screen, in English (the same keys as `media-coverage-id.ts`). */
export const mediaCoverageEn: typeof mediaCoverageId = {
  title: 'Coverage',
};
