/** Strings of the media contacts screen, in Indonesian. `media-contacts-en.ts` has the same keys. */
export const mediaContactsId = {
  title: 'Kontak media',
};
