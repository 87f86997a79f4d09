import { en } from './en';
import { id } from './id';

export type { UiStrings } from './id';

/** The interface's strings by language, Indonesian first. */
export const uiStrings = { id, en } as const;
export type UiLang = keyof typeof uiStrings;
export const UI_LANGS: readonly UiLang[] = ['id', 'en'];
