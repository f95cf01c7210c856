import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, ms } from './resources';

export const UI_LANGUAGES = ['en', 'ms'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const resources = { en: { translation: en }, ms: { translation: ms } };

// The language is a choice of the person at this PC, so it outlives sign-out.
const LANGUAGE_KEY = 'clinicdesk.language';

export function savedLanguage(): UiLanguage {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  return saved === 'ms' ? 'ms' : 'en';
}

export function changeLanguage(instance: I18n, language: UiLanguage): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  void instance.changeLanguage(language);
}

export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: savedLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return instance;
}
