import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvSeparator } from '../../shared/export/csv';
import { escapeMarkdown, reportToMarkdown } from '../../shared/export/markdown';
import { applyDiff } from '../../shared/model/diff';
import { activitiesOf, columnsOf } from '../../shared/model/queries';
import { addNote } from '../../shared/ops/notes';
import { buildReport } from '../../shared/report/build';
import { makeWorkshop } from '../support/workshop';
import { translator } from './report.fixtures';

const SEPARATORS: CsvSeparator[] = [',', ';', '\t'];

/**
 * Reads CSV the forgiving way spreadsheets do: a cell that starts with a quote
 * is read as quoted, anything after its closing quote is kept literally, and
 * a cell without a leading quote runs to the next separator or line break —
 * which is how a file written with one separator falls apart when opened with
 * another.
 */
function spreadsheetCells(text: string, separator: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        cell += text[i] === '"' ? '"' : text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      i++;
    }
    while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
    cells.push(cell);
    i++;
  }
  return cells;
}

/** Formulas with and without quotes, and text that hides one behind each separator. */
const HOSTILE = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(A1:A2)',
  ' =1+1',
  '=HYPERLINK("http://example.test","click")',
  "=cmd|' /C calc'!A0",
  'harmless,=1+1',
  'harmless;=1+1',
  'harmless\t=1+1',
  'harmless, =1+1',
  'first line\n=1+1',
  'first line\r\n@SUM(A1)',
  'he said "=1+1"',
  'a;"=1+1";b',
];

describe('CSV a spreadsheet cannot turn into formulas', () => {
  for (const written of SEPARATORS) {
    for (const read of SEPARATORS) {
      it(`written with ${JSON.stringify(written)} and opened with ${JSON.stringify(read)}: no cell starts a formula`, () => {
        const csv = toCsv([['Note'], ...HOSTILE.map((text) => [text])], written);
        const cells = spreadsheetCells(csv.slice(1), read);
        expect(cells.length).toBeGreaterThan(HOSTILE.length);
        const exposed = cells.filter((cell) => /^\s*[=+\-@]/.test(cell));
        expect(exposed).toEqual([]);
      });
    }
  }

  it('keeps each cell whole when read with the separator it was written with', () => {
    for (const separator of SEPARATORS) {
      const csv = toCsv([['a', 'x;y,z\tw']], separator);
      expect(csv.slice(1)).toBe(`"a"${separator}"x;y,z\tw"\r\n`);
    }
  });
});

const markdown = new MarkdownIt();

/** The report of a workshop with one note on its first board. */
function reportWithNote(text: string): string {
  const fixture = makeWorkshop();
  const activity = activitiesOf(fixture.records)[1]!;
  const column = columnsOf(fixture.records, activity.id)[0]!;
  const records = applyDiff(fixture.records, addNote(fixture.records, { columnId: column.id, text, department: 'sales' }, fixture.ctx));
  return reportToMarkdown(buildReport({ records, locale: 'en', t: translator('en'), now: '2026-12-01T10:00:00Z' }));
}

describe('Markdown a note cannot restructure', () => {
  it('a note whose next line is === stays text, not a heading', () => {
    for (const underline of ['===', '=', '---', '  ===']) {
      const html = markdown.render(reportWithNote(`Budget\n${underline}`));
      expect(html).not.toMatch(/<h\d>[^\n]*Budget/);
      expect(html).toContain('Budget');
    }
  });

  it('a note that starts with four spaces or a tab stays text, not code', () => {
    for (const text of ['    indented like code', '\tindented by a tab', 'first\n        second indented']) {
      const html = markdown.render(reportWithNote(text));
      expect(html).not.toContain('<code>');
      expect(html).not.toContain('<pre>');
      expect(html).toContain('indented');
    }
    expect(markdown.render(escapeMarkdown('    four spaces', '  \n'))).toBe('<p>\u00A0\u00A0\u00A0\u00A0four spaces</p>\n');
  });
});
