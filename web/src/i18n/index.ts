import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN, type Messages } from './zh-CN.ts';
import { en } from './en.ts';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-CN';
/** localStorage key that remembers the user's choice. */
export const languageStorageKey = 'yingshang.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(languageStorageKey);
    if (isLanguage(value)) return value;
  } catch {
    // Storage can be unavailable (private mode, disabled cookies); the default is fine.
  }
  return defaultLanguage;
}

function reflectInDocument(language: Language): void {
  if (typeof document === 'undefined') return; // unit tests run without a DOM
  document.documentElement.lang = language;
  document.title = i18n.t('app.documentTitle');
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  load: 'currentOnly',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes.
  showSupportNotice: false, // no console banner in browsers and test output
});

reflectInDocument(currentLanguage());
i18n.on('languageChanged', (lng) => reflectInDocument(isLanguage(lng) ? lng : defaultLanguage));

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not remembered across visits, but still switched now.
  }
  await i18n.changeLanguage(language);
}

export { i18n };
