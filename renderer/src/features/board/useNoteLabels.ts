import type { i18n as I18n } from 'i18next';
import { useCallback, useSyncExternalStore } from 'react';
import { filler } from '../../i18n/filler';
import { useServices } from '../../services-context';

/** The accessible names every note carries, in the current language (note actions bring their own). */
export interface NoteLabels {
  writtenBy: (department: string) => string;
  move: (text: string) => string;
  edit: (text: string) => string;
  remove: (text: string) => string;
}

const cache = new WeakMap<I18n, Map<string, NoteLabels>>();

function labelsFor(i18n: I18n, language: string): NoteLabels {
  let byLanguage = cache.get(i18n);
  if (!byLanguage) cache.set(i18n, (byLanguage = new Map()));
  let labels = byLanguage.get(language);
  if (!labels) {
    const t = i18n.getFixedT(language);
    labels = {
      writtenBy: filler(t, 'board.writtenBy', 'department'),
      move: filler(t, 'board.moveNote', 'text'),
      edit: filler(t, 'board.editNote', 'text'),
      remove: filler(t, 'board.deleteNote', 'text'),
    };
    byLanguage.set(language, labels);
  }
  return labels;
}

/**
 * Labels for components rendered once per note. Translating each label per note
 * through i18next (and react-i18next's useTranslation, which copies the instance
 * on mount) was the largest script cost of a long board (npm run bench); these are
 * built once per language and re-render the note only when the language changes.
 */
export function useNoteLabels(): NoteLabels {
  const { i18n } = useServices();
  const subscribe = useCallback(
    (changed: () => void) => {
      i18n.on('languageChanged', changed);
      return () => i18n.off('languageChanged', changed);
    },
    [i18n],
  );
  const language = useSyncExternalStore(subscribe, () => i18n.language);
  return labelsFor(i18n, language);
}
