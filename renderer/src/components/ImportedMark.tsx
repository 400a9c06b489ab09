import { useTranslation } from 'react-i18next';
import { formatShortDate } from '../i18n/format';

/**
 * "imported 29 Nov": tells an imported workshop from its original (same title, date and
 * count) until it is renamed. Reads the workshop's optional `importedAt`.
 */
export function ImportedMark({ importedAt }: { importedAt: string | undefined }) {
  const { t, i18n } = useTranslation();
  if (!importedAt) return null;
  const date = formatShortDate(importedAt, i18n.language);
  return (
    <span className="imported-mark" title={t('home.importedTitle', { date })}>
      {t('home.imported', { date })}
    </span>
  );
}

/**
 * The optional `importedAt` of a workshop record or summary. The field is new: until the
 * schema and the home list carry it, this reads nothing and the mark stays hidden.
 */
export function importedAtOf(workshop: object): string | undefined {
  const value = (workshop as { importedAt?: unknown }).importedAt;
  return typeof value === 'string' ? value : undefined;
}
