import type { TFunction } from 'i18next';
import type { TranslationKey } from '@shared/i18n/keys';

const MARK = '\u0000';

/**
 * Translates once with a marker for the value, then fills it in by joining: no i18next
 * call per use, for labels drawn once per note.
 * @example filler(t, 'board.editNote', 'text')('Shared lead definition') // 'Edit note: Shared lead definition'
 */
export function filler(t: TFunction, key: TranslationKey, param: string): (value: string) => string {
  const parts = t(key, { replace: { [param]: MARK } }).split(MARK);
  return (value) => parts.join(value);
}
