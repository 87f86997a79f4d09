import type { Lang } from './errors';

/** A text in both interface languages, for strings that modules declare in code (headers, notices). */
export interface Localized {
  id: string;
  en: string;
}

/** The text in the given language. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}
