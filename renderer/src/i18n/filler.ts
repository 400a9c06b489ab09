import type { TFunction } from 'i18next';

const MARK = '\u0000';

/**
 * Translates once with a marker for the value, then fills it in by joining: no i18next
 * call per use, for labels drawn once per note.
 * @example filler(t, 'board.editNote', 'text')('Shared lead definition') // 'Edit note: Shared lead definition'
 */
export function filler(t: TFunction, key: string, param: string): (value: string) => string {
  const parts = t(key, { [param]: MARK }).split(MARK);
  return (value) => parts.join(value);
}
