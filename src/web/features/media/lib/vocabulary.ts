// The media vocabulary as plain constants: the screens must not import src/shared/media.ts as a
// value (it builds zod schemas, which would come into the chunk). Its types are imported as types.
export const TONE_KEYS = ['positive', 'neutral', 'negative'] as const;
export const MEDIA_TYPE_KEYS = ['online', 'print', 'tv', 'radio'] as const;
export const STATUS_KEYS = ['received', 'triaged', 'assigned', 'fulfilled', 'declined'] as const;
export const OUTCOME_KEYS = ['direct', 'written', 'talkshow', 'declined'] as const;
export const DECLINE_KEYS = ['already_answered', 'outside_mandate', 'no_statement_yet', 'schedule_impossible', 'other'] as const;
export const CHANNEL_KEYS = ['whatsapp', 'email', 'phone', 'other'] as const;
export const COMMODITY_KEYS = ['obat', 'obat_tradisional', 'suplemen_kesehatan', 'kosmetik', 'pangan_olahan', 'napza'] as const;
export const RELEASE_CHANNEL_KEYS = ['website', 'media_group', 'social_media', 'email', 'press_conference'] as const;
