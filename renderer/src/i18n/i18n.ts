import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale } from '@shared/i18n/locales';
import { en } from '@shared/i18n/resources/en';
import { pl } from '@shared/i18n/resources/pl';
import { withBoundOneLetterWords } from '@shared/i18n/typography';
import { localeFormatter } from './formatter';

/** Polish with one-letter words bound to the next word: computed once, shared by every instance. */
const polish = withBoundOneLetterWords(pl);

/** A fresh i18next instance (one per app, one per test). */
export function createI18n(locale: Locale = DEFAULT_LOCALE): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(localeFormatter)
    .init({
      resources: { en: { translation: en }, pl: { translation: polish } },
      lng: locale,
      fallbackLng: 'en',
      // React escapes; every number goes through the locale formatter.
      interpolation: { escapeValue: false, alwaysFormat: true },
      initAsync: false,
      returnNull: false,
    });
  return instance;
}
