import { describe, expect, it } from 'vitest';
import { cssString, pageStyle } from '../../renderer/src/features/report/page-style';

/** One CSS string token, as CSS Syntax reads it: no raw line break, every backslash starts a complete escape. */
const ONE_CSS_STRING = /^"(?:[^"\\\n\r\f]|\\[0-9a-fA-F]{1,6} |\\[^\n\r\f0-9a-fA-F])*"$/;

describe('cssString', () => {
  it('turns every kind of line break into a CSS newline escape', () => {
    expect(cssString('Q1\rplan')).toBe('"Q1\\A plan"');
    expect(cssString('Q1\r\nplan')).toBe('"Q1\\A plan"');
    expect(cssString('Q1\nplan')).toBe('"Q1\\A plan"');
    expect(cssString('Q1\fplan')).toBe('"Q1\\A plan"');
  });

  it('escapes quotes, backslashes and "<", and keeps other text as it is', () => {
    expect(cssString('say "hi" \\ </style>')).toBe('"say \\"hi\\" \\\\ \\3C /style>"');
    expect(cssString('Zażółć gęślą jaźń – “ok”')).toBe('"Zażółć gęślą jaźń – “ok”"');
  });

  it('yields a single well-formed string token for every ASCII character', () => {
    for (let code = 0; code < 128; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(cssString(text), `code ${code}`).toMatch(ONE_CSS_STRING);
    }
  });
});

describe('pageStyle', () => {
  it('keeps the rules after a header with a lone carriage return intact', () => {
    const css = pageStyle({ paper: 'a4', header: 'Title\rinjected; } body { display: none', headerRight: '2026-12-01', pageOf: 'Page {{page}} of {{pages}}' });
    expect(css).not.toMatch(/[\r\f]/);
    const topLeft = /@top-left \{ content: ("(?:[^"\\]|\\.)*");/.exec(css);
    expect(topLeft?.[1]).toMatch(ONE_CSS_STRING);
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    // Braces stay balanced: the title cannot close the @page block early.
    const outside = css.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(outside.split('{').length).toBe(outside.split('}').length);
    expect(outside).not.toContain('display: none');
  });
});
