import type { mediaContactsId } from './media-contacts-id';

/** Strings of the media contacts screen, in English (the same keys as `media-contacts-id.ts`). */
export const mediaContactsEn: typeof mediaContactsId = {
  title: 'Media contacts',
};
