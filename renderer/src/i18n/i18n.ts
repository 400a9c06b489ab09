import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale } from '@shared/i18n/locales';
import { en } from '@shared/i18n/resources/en';
import { pl } from '@shared/i18n/resources/pl';

/** A fresh i18next instance (one per app, one per test). */
export function createI18n(locale: Locale = DEFAULT_LOCALE): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, pl: { translation: pl } },
    lng: locale,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes.
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
