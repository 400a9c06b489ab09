/** U+00A0: a space a line never breaks at. */
export const NBSP = '\u00A0';

/**
 * A Polish one-letter word (a, i, o, u, w, z) followed by a plain space. Polish
 * typesetting keeps such a word on the line of the word after it; the
 * lookbehind lets chains like "i w domu" bind both.
 */
const ONE_LETTER_WORD = /(?<=^|[\s(„"'—–-])([aiouwzAIOUWZ]) /g;
const PLACEHOLDER = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

/** One string: no-break spaces after one-letter words, placeholders left as they are. */
export function bindOneLetterWords(text: string): string {
  return text
    .split(PLACEHOLDER)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(ONE_LETTER_WORD, `$1${NBSP}`)))
    .join('');
}

/**
 * Keys whose text becomes stored data (a default title, a seeded glossary term,
 * an action's text): they stay with plain spaces, so what is saved, searched
 * and exported is exactly what a person would type.
 */
export const STORED_TEXT_KEYS: readonly string[] = [
  'workshopForm.titleDefault',
  'workshopForm.salesDefault',
  'workshopForm.marketingDefault',
  'home.copyOf',
  'exercises.followUp.defaultTitle',
  'exercises.handoff.actionText',
  'exercises.handoff.actionSource',
  'exercises.glossary.seed',
];

type Tree = { [key: string]: string | Tree };

/**
 * Texts at least this long are running text (intros, guides, dialogs) where a
 * line can break. Shorter ones are labels, buttons and names that fit on one
 * line, and stay byte-for-byte what assistive technology and tests match on.
 */
export const LONG_TEXT = 60;

/**
 * A copy of a resource tree with one-letter words in long texts bound to the
 * next word, done once when the translations are loaded. Interpolated values
 * (people's notes, titles) arrive later and are never changed; resources hold
 * no HTML.
 */
export function withBoundOneLetterWords<T extends object>(tree: T, skip: readonly string[] = STORED_TEXT_KEYS, path = ''): T {
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree as Tree)) {
    const full = path ? `${path}.${key}` : key;
    const skipped = skip.some((prefix) => full === prefix || full.startsWith(`${prefix}.`) || full.startsWith(`${prefix}_`));
    if (typeof value === 'string') out[key] = skipped || value.length < LONG_TEXT ? value : bindOneLetterWords(value);
    else out[key] = skipped ? value : withBoundOneLetterWords(value, skip, full);
  }
  return out as T;
}
