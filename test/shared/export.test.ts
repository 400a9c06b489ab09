import { describe, expect, it } from 'vitest';
import { csvCell, notesCsv, toCsv, UTF8_BOM } from '../../shared/export/csv';
import { escapeMarkdown, reportToMarkdown } from '../../shared/export/markdown';
import { EXPORT_FORMAT, EXPORT_VERSION, workshopToJson } from '../../shared/export/json';
import { buildReport } from '../../shared/report/build';
import { HOSTILE_FORMULA, HOSTILE_HTML, MULTILINE, QUOTED, seededWorkshop, translator } from './report.fixtures';

/** A minimal RFC 4180 reader, to prove the writer's output reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && char === '"') quoted = false;
    else if (quoted) cell += char;
    else if (char === '"') quoted = true;
    else if (char === ',') endCell();
    else if (char === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += char;
  }
  return rows;
}

describe('csvCell', () => {
  it('neutralises every character that starts a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(HOSTILE_FORMULA)).toBe(`'${HOSTILE_FORMULA}`);
  });

  it('quotes commas, quotes and line breaks the RFC 4180 way and leaves plain text alone', () => {
    expect(csvCell(QUOTED)).toBe('"He said ""15% off"", then left"');
    expect(csvCell(MULTILINE)).toBe('"First line\nSecond line"');
    expect(csvCell('Sprzedaż')).toBe('Sprzedaż');
  });
});

describe('toCsv / notesCsv', () => {
  it('writes UTF-8 with a BOM and CRLF line ends, and reads back to the same cells', () => {
    const csv = toCsv([['a', 'b'], [QUOTED, MULTILINE]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(readCsv(csv.slice(1))).toEqual([['a', 'b'], [QUOTED, MULTILINE]]);
  });

  it('lists every note with its activity, column and department, hostile text made inert', () => {
    const { records } = seededWorkshop();
    const rows = readCsv(notesCsv(records, 'en', translator('en')).slice(1));
    expect(rows[0]).toEqual(['Activity', 'Column', 'Department', 'Note', 'Created']);
    expect(rows).toHaveLength(7);
    expect(rows[2]).toEqual(['Customer lens', 'Sales sees', 'Sales', `'${HOSTILE_FORMULA}`, '2026-11-26T10:00:00.000Z']);
    expect(rows[3]?.[3]).toBe(HOSTILE_HTML);
    expect(rows.slice(1).every((row) => !/^[=+\-@]/.test(row[3] ?? ''))).toBe(true);
  });

  it('uses the workshop language for headers and titles', () => {
    const { records } = seededWorkshop();
    const rows = readCsv(notesCsv(records, 'pl', translator('pl')).slice(1));
    expect(rows[0]).toEqual(['Ćwiczenie', 'Kolumna', 'Dział', 'Notatka', 'Utworzono']);
    expect(rows[1]?.[0]).toBe('Jak widzimy klienta');
  });
});

describe('Markdown', () => {
  it('escapes markup so hostile text shows literally', () => {
    expect(escapeMarkdown(HOSTILE_HTML)).toBe('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(escapeMarkdown('*bold* [link](x) # no heading')).toBe('\\*bold\\* \\[link\\]\\(x\\) \\# no heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });

  it('renders the whole workshop: title, sections, notes by column with departments', () => {
    const { records } = seededWorkshop();
    const md = reportToMarkdown(buildReport({ records, locale: 'en', t: translator('en'), now: '2026-12-01T10:00:00Z' }));
    expect(md.startsWith('# Q1 alignment\n')).toBe(true);
    expect(md).toContain('## Executive summary');
    expect(md).toContain('## 2\\. Customer lens');
    expect(md).toContain('### Sales sees');
    expect(md).toContain('- **Sales:** Anna Kowalska at Baltic Foods');
    expect(md).toContain('- **Sales:** First line  \n  Second line');
    expect(md).toContain('| 2 | Customer lens | 0:15–0:35 | 20 min |');
    expect(md).not.toMatch(/(^|[^\\])<img/); // only the escaped form
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
  });
});

describe('workshopToJson', () => {
  it('writes the versioned format with every record, workshop first, byte-identical for the same data', () => {
    const { records } = seededWorkshop();
    const json = workshopToJson(records, '2026-12-01T10:00:00.000Z');
    const file = JSON.parse(json) as { format: string; version: number; exportedAt: string; records: Array<{ type: string }> };
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.version).toBe(EXPORT_VERSION);
    expect(file.records).toHaveLength(Object.keys(records).length);
    expect(file.records[0]?.type).toBe('workshop');
    expect(workshopToJson({ ...records }, '2026-12-01T10:00:00.000Z')).toBe(json);
  });
});
