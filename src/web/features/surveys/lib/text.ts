import type { UiLang } from '../../../../shared/i18n/ui';
import type { TText } from '../../../../shared/surveys';

/** A questionnaire's text in the reader's language, falling back to Indonesian (the author may write only that). */
export function textIn(text: { id: string; en?: string }, lang: UiLang): string {
  return (lang === 'en' && text.en) || text.id;
}

/** An empty bilingual text, for a new question or element. */
export const emptyText = (): TText => ({ id: '', en: '' });
