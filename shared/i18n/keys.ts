import type { en } from './resources/en';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** `home.notes_one` is also asked for as `home.notes`: i18next picks the form from `count`. */
type OrWithoutPlural<Key extends string> = Key extends `${infer Base}_${PluralSuffix}` ? Base | Key : Key;

type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}` }[keyof T & string];

/**
 * Every key `t` accepts: the dotted path of each English text. The renderer's
 * i18next is typed from the same resources, so code in shared/ that receives a
 * `t` names its keys with this type and a misspelt one does not compile.
 */
export type TranslationKey = OrWithoutPlural<Paths<typeof en>>;

/**
 * Whether `key`, read from data (a record's template key), names one of
 * `texts`' entries; narrows it so the `t` key built from it is one English has.
 * @example isKeyOf(templateEn.columns, column.templateKey) ? t(`template.columns.${column.templateKey}`) : ''
 */
export function isKeyOf<T extends object>(texts: T, key: string | null | undefined): key is Extract<keyof T, string> {
  return typeof key === 'string' && Object.hasOwn(texts, key);
}
