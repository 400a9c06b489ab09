import type { en } from '@shared/i18n/resources/en';

/**
 * Types every `t` (useTranslation's, an i18n instance's, getFixedT's) from the
 * English resources: a key English does not have is a compile error, also
 * with a `defaultValue`. Polish is held to English's keys where it is declared.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    strictKeyChecks: true;
  }
}
