/**
 * Compiled by `npm run typecheck`, never run. Each `@ts-expect-error` fails the
 * build when the line under it compiles, so if the keys stop being typed (the
 * declaration in renderer/src/i18n/i18next.d.ts lost, a resource widened to
 * `Record<string, string>`), this file says so.
 */
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { createI18n } from '../../renderer/src/i18n/i18n';
import type { TranslationKey } from '../../shared/i18n/keys';
import type { Shape } from '../../shared/i18n/resources/en';
import type { Phase } from '../../shared/model/facilitation-types';
import type { Translate } from '../../shared/report/types';

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** shared/ names keys without i18next; the two must agree on every key. */
export const sharedKeysAreI18nextKeys: Same<TranslationKey, ParseKeys> = true;

export function instanceT(someText: string) {
  const i18n = createI18n('en');
  i18n.t('home.title');
  i18n.t('home.notes', { count: 2 });
  i18n.t('home.notes_one');
  // @ts-expect-error a misspelt key
  i18n.t('home.titel');
  // @ts-expect-error a misspelt key, even with a default value
  i18n.t('home.titel', { defaultValue: 'Your workshops' });
  // @ts-expect-error a key built from any text
  i18n.t(`home.${someText}`);
  // @ts-expect-error a misspelt key in a fixed-language t
  i18n.getFixedT('pl')('home.titel');
}

export function useHookT(phase: Phase, someText: string) {
  const { t } = useTranslation();
  t('board.addColumn');
  t(`facilitation.phases.${phase}`);
  // @ts-expect-error a misspelt key
  t('board.addColum');
  // @ts-expect-error a key under a prefix that has only some of the phases
  t(`facilitation.agenda.status.${phase}`);
  // @ts-expect-error a key built from any text
  t(`facilitation.phases.${someText}`);
}

export function sharedT(t: Translate) {
  t('transfer.report.summary');
  // @ts-expect-error a misspelt key in code under shared/
  t('transfer.report.sumary');
}

type English = { title: string; notes_one: string; notes_other: string };

/** Polish is declared as `Shape<typeof English>`: every key, plus `_few` and `_many` beside `_other`. */
export const polish: Shape<English> = { title: 'Tytuł', notes_one: 'karteczka', notes_few: 'karteczki', notes_many: 'karteczek', notes_other: 'karteczki' };
// @ts-expect-error a Polish text missing
export const missingText: Shape<English> = { notes_one: '', notes_few: '', notes_many: '', notes_other: '' };
// @ts-expect-error a Polish plural missing its `_many` form
export const missingPlural: Shape<English> = { title: '', notes_one: '', notes_few: '', notes_other: '' };
// @ts-expect-error a Polish key English does not have
export const extraKey: Shape<English> = { title: '', notes_one: '', notes_few: '', notes_many: '', notes_other: '', note: '' };
