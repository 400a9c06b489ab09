import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { bindOneLetterWords, NBSP, withBoundOneLetterWords } from '../../shared/i18n/typography';

const pl = createI18n('pl');
const en = createI18n('en');

describe('numbers in the language of the UI', () => {
  it('writes decimals with a comma in Polish and a point in English, through the plural forms', () => {
    expect(pl.t('exercises.metrics.days', { count: 12.5 })).toBe('12,5 dnia');
    expect(en.t('exercises.metrics.days', { count: 12.5 })).toBe('12.5 days');
    expect(pl.t('exercises.metrics.days', { count: 5 })).toBe('5 dni');
  });

  it('formats any number interpolated without asking, and groups thousands the language’s way', () => {
    expect(en.t('home.notes', { count: 1234 })).toBe('1,234 notes');
    expect(pl.t('home.notes', { count: 12345 })).toBe(`12${'\u00A0'}345 karteczek`);
    expect(pl.t('transfer.report.mean', { mean: 3.5 })).toBe('średnio 3,5 na 5');
  });

  it('shows a file size with one decimal, even when it arrives as text', () => {
    expect(pl.t('transfer.import.tooLarge', { size: '27.34', max: 20 })).toContain('27,3 MB');
    expect(pl.t('transfer.import.tooLarge', { size: 27.34, max: 20 })).toContain('27,3 MB');
    expect(en.t('transfer.import.tooLarge', { size: 27.34, max: 20 })).toContain('27.3 MB');
  });

  it('leaves text parameters alone', () => {
    expect(en.t('board.moveNote', { text: '12.5' })).toBe('Move note: 12.5');
  });
});

describe('Polish one-letter words stay with the next word', () => {
  it('binds a, i, o, u, w, z (also in chains) and nothing else', () => {
    expect(bindOneLetterWords('Sprzedaż i marketing w jednej sali')).toBe(`Sprzedaż i${NBSP}marketing w${NBSP}jednej sali`);
    expect(bindOneLetterWords('i w domu')).toBe(`i${NBSP}w${NBSP}domu`);
    expect(bindOneLetterWords('Z kim? (a potem)')).toBe(`Z${NBSP}kim? (a${NBSP}potem)`);
    expect(bindOneLetterWords('kot i')).toBe('kot i');
    expect(bindOneLetterWords('marka x')).toBe('marka x');
  });

  it('never touches a placeholder or the people’s text interpolated into it', () => {
    expect(bindOneLetterWords('w {{a b}} i {{column}}')).toBe(`w${NBSP}{{a b}} i${NBSP}{{column}}`);
    const label = pl.t('board.moveNote', { text: 'Klient w centrum i o tym mowa' });
    expect(label).toContain('Klient w centrum i o tym mowa');
  });

  it('applies to long Polish texts, not to short labels nor to text that becomes stored data', () => {
    expect(pl.t('home.emptyBody')).toContain(`sprzedaż i${NBSP}marketing`);
    expect(pl.t('exercises.health.intro')).not.toMatch(/(^|\s)[aiouwz] /i);
    expect(pl.t('workshopForm.titleDefault')).not.toContain(NBSP);
    expect(pl.t('home.copyOf', { title: 'X' })).not.toContain(NBSP);
    const long = 'Długi tekst, który zawija się w wierszach i ma w sobie kilka krótkich słów';
    const tree = withBoundOneLetterWords({ a: { b: long }, c: long, d: 'Utwórz warsztat z szablonu' }, ['a']);
    expect(tree).toEqual({ a: { b: long }, c: bindOneLetterWords(long), d: 'Utwórz warsztat z szablonu' });
    expect(tree.c).toContain(`w${NBSP}wierszach i${NBSP}ma w${NBSP}sobie`);
  });

  it('leaves English alone', () => {
    expect(en.t('home.emptyBody')).not.toContain(NBSP);
  });
});
