import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookXlsx } from '../../shared/export/xlsx';
import { workbookWorkshop } from './export-xlsx.fixture';
import { HOSTILE_FORMULA, translator } from './report.fixtures';

const NOW = new Date('2026-12-01T10:00:00Z');

async function readBack(locale: 'en' | 'pl') {
  const { records } = workbookWorkshop();
  const bytes = await workbookXlsx(records, locale, translator(locale), NOW, { timeZone: 'Europe/Warsaw' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return { bytes, workbook };
}

const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

describe('Excel workbook export', () => {
  it('writes a zip (.xlsx) with four sheets named in the workshop’s language', async () => {
    const { bytes, workbook } = await readBack('pl');
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Działania', 'Karteczki', 'Wskaźniki', 'Diagnoza współpracy']);
    expect(workbook.creator).toBe('Alignboard');
    const english = (await readBack('en')).workbook;
    expect(english.worksheets.map((sheet) => sheet.name)).toEqual(['Actions', 'Notes', 'KPIs', 'Health check']);
  });

  it('every sheet has a bold, frozen header row and set column widths', async () => {
    const { workbook } = await readBack('en');
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
      for (const column of sheet.columns) expect(column.width).toBeGreaterThanOrEqual(10);
    }
    expect(workbook.getWorksheet('Actions')!.getColumn(2).width).toBe(50);
  });

  it('actions: owners, status and the due date as a real date', async () => {
    const { workbook } = await readBack('pl');
    const sheet = workbook.getWorksheet('Działania')!;
    expect(values(sheet.getRow(1))).toEqual([
      'Krok',
      'Działanie',
      'Odpowiada (Sales)',
      'Odpowiada (Marketing)',
      'Termin',
      'Status',
      'Po czym poznamy, że zadziałało',
    ]);
    const first = sheet.getRow(2);
    expect(values(first).slice(0, 4)).toEqual(['1. Zrozumiała komunikacja', 'Weekly pipeline call', 'Anna', 'Piotr']);
    const due = first.getCell(5);
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect((due.value as Date).toISOString()).toBe('2027-01-31T00:00:00.000Z');
    expect(due.numFmt).toBe('dd.mm.yyyy');
    expect(first.getCell(6).value).toBe('W toku');
    // A note that looks like a formula is text, never a formula.
    const hostile = sheet.getRow(3).getCell(2);
    expect(hostile.type).toBe(ExcelJS.ValueType.String);
    expect(hostile.value).toBe(HOSTILE_FORMULA);
    expect(sheet.getRow(3).getCell(5).value).toBeNull();
  });

  it('notes: activity, column, department, votes as numbers, stack and the local time as a date', async () => {
    const { workbook } = await readBack('en');
    const sheet = workbook.getWorksheet('Notes')!;
    expect(values(sheet.getRow(1))).toEqual(['Activity', 'Column', 'Department', 'Note', 'Votes', 'Stack', 'Created']);
    expect(sheet.rowCount).toBe(7);
    const rows = [2, 3, 4, 5, 6, 7].map((index) => sheet.getRow(index));
    const anna = rows.find((row) => row.getCell(4).value === 'Anna Kowalska at Baltic Foods')!;
    expect(values(anna).slice(0, 3)).toEqual(['Customer lens', 'Sales sees', 'Sales']);
    expect(anna.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(anna.getCell(5).value).toBe(2);
    const created = anna.getCell(7);
    expect(created.type).toBe(ExcelJS.ValueType.Date);
    // 10:00 UTC, written in Warsaw: 11:00 on the sheet.
    expect((created.value as Date).toISOString()).toBe('2026-11-26T11:00:00.000Z');
    expect(created.numFmt).toBe('yyyy-mm-dd hh:mm');
    const stacked = rows.filter((row) => row.getCell(6).value === 'Who the buyer is');
    expect(stacked).toHaveLength(2);
    for (const row of stacked) expect(row.getCell(5).value).toBe(1);
    const multiline = rows.find((row) => String(row.getCell(4).value).startsWith('First line'))!;
    expect(multiline.getCell(4).value).toBe('First line\nSecond line');
    expect(multiline.getCell(5).value).toBe(0);
  });

  it('KPIs: definition, formula, baseline, target, owner and cadence', async () => {
    const { workbook } = await readBack('pl');
    const sheet = workbook.getWorksheet('Wskaźniki')!;
    expect(values(sheet.getRow(1))).toEqual(['Wskaźnik', 'Definicja', 'Wzór', 'Punkt wyjścia', 'Wartość docelowa', 'Osoba odpowiedzialna', 'Częstotliwość raportowania']);
    expect(values(sheet.getRow(2))).toEqual(['Lead response time', 'Hours from MQL to first call', 'sum(hours) ÷ leads', '48 h', '4 h', 'Anna', 'Co tydzień']);
  });

  it('health check: each step’s rating per department, as numbers, empty where not rated', async () => {
    const { workbook } = await readBack('en');
    const sheet = workbook.getWorksheet('Health check')!;
    expect(values(sheet.getRow(1))).toEqual(['Step', 'Sales', 'Marketing']);
    expect(sheet.rowCount).toBe(11);
    expect(values(sheet.getRow(2))).toEqual(['1. Clear communication', 2, 4]);
    expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    expect(sheet.getRow(11).getCell(3).value).toBe(5);
  });
});
