import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { type UiLang, type UiStrings, uiStrings } from '../../shared/i18n/ui';

/** The cookie the server reads to answer errors in the same language (server/platform/request.ts). */
export const LANG_COOKIE = 'simpul_lang';
const STORAGE_KEY = 'simpul_lang';

function isLang(value: unknown): value is UiLang {
  return value === 'id' || value === 'en';
}

function readCookie(name: string): string | undefined {
  return document.cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];
}

/** The saved choice (this browser's storage, else the cookie), else Indonesian. */
export function initialLanguage(): UiLang {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage may be disabled; the cookie still remembers.
  }
  if (isLang(stored)) return stored;
  const cookie = readCookie(LANG_COOKIE);
  return isLang(cookie) ? cookie : 'id';
}

function persist(lang: UiLang) {
  // A year; Lax so that it travels with the app's own requests only. The Cookie Store API is
  // not in every supported browser yet, hence the plain assignment.
  // biome-ignore lint/suspicious/noDocumentCookie: see above
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=31536000; SameSite=Lax`;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be disabled; the cookie is enough for the server.
  }
  document.documentElement.lang = lang;
}

/** One i18next instance for the interface; both languages are bundled (they are small). */
export const i18n = i18next.createInstance();

export function initI18n(): typeof i18n {
  const lang = initialLanguage();
  persist(lang);
  void i18n.use(initReactI18next).init({
    resources: { id: { translation: uiStrings.id }, en: { translation: uiStrings.en } },
    lng: lang,
    fallbackLng: 'id',
    supportedLngs: ['id', 'en'],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return i18n;
}

/** Switches the interface and the server's error messages to `lang`, and remembers it. */
export async function setLanguage(lang: UiLang): Promise<void> {
  persist(lang);
  await i18n.changeLanguage(lang);
}

/** Every dotted key of the strings tree (`'units.create'`), so a misspelt key fails the typecheck. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type UiKey = Leaves<UiStrings>;
export type TFunction = (key: UiKey, options?: Record<string, unknown>) => string;

/** `t` checked against the keys of `shared/i18n/ui`, and the current language. */
export function useT(): { t: TFunction; lang: UiLang } {
  const { t, i18n: instance } = useTranslation();
  const lang = isLang(instance.language) ? instance.language : 'id';
  return { t: t as unknown as TFunction, lang };
}
