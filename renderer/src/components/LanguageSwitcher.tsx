import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, isLocale } from '@shared/i18n/locales';
import { usePreferences } from '../services-context';

/** Memoised: it has no props, so a screen redrawing for a new note does not redraw it. */
export const LanguageSwitcher = memo(function LanguageSwitcher() {
  const { t } = useTranslation();
  const locale = usePreferences((state) => state.locale);
  const setLocale = usePreferences((state) => state.setLocale);
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('app.language')}</span>
      <select value={locale} onChange={(event) => isLocale(event.target.value) && setLocale(event.target.value)}>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`app.languages.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
});
