import type { TFunction } from 'i18next';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useServices } from '../../services-context';

/**
 * `t` for components rendered once per note. react-i18next's useTranslation copies
 * the whole i18next instance on every mount, which was the largest script cost of
 * a 1,000-note board (npm run bench); this reads the app's instance directly and
 * re-renders only when the language changes.
 */
export function useNoteTranslation(): TFunction {
  const { i18n } = useServices();
  const subscribe = useCallback(
    (changed: () => void) => {
      i18n.on('languageChanged', changed);
      return () => i18n.off('languageChanged', changed);
    },
    [i18n],
  );
  const language = useSyncExternalStore(subscribe, () => i18n.language);
  // A new function per language, so memoised children that take `t` update too.
  return useMemo(() => i18n.getFixedT(language), [i18n, language]);
}
