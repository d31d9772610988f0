// UI languages: Korean (default), English, Chinese (simplified). The choice is remembered in
// localStorage and can be switched at runtime; every UI string comes from resources/locales.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ko from '../../../resources/locales/ko.json';
import en from '../../../resources/locales/en.json';
import zh from '../../../resources/locales/zh.json';

export const LANGUAGES = ['ko', 'en', 'zh'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'donghyang.lang';

function storedLanguage(): UiLanguage {
  const saved = localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(saved ?? '') ? (saved as UiLanguage) : 'ko';
}

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { ko: { translation: ko }, en: { translation: en }, zh: { translation: zh } },
    lng: storedLanguage(),
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes; nothing is rendered as HTML
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export function setLanguage(lang: UiLanguage): void {
  localStorage.setItem(STORAGE_KEY, lang);
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** Finding messages come from the service in ko, en and (for most rules) zh; without zh the Chinese UI shows English. */
export function messageIn(message: { ko: string; en: string; zh?: string }, lang: string): string {
  if (lang === 'ko') return message.ko;
  return lang === 'zh' ? (message.zh ?? message.en) : message.en;
}
