import type * as ExcelJS from 'exceljs';
import type { RecordMap } from '../model/types';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../report/types';
import { workbookSheets, type SheetCell, type WorkbookOptions } from './xlsx-sheets';

export { XLSX_MIME } from '../ipc/contract';

/** Date formats a spreadsheet in that language shows (the cell itself holds a real date). */
const DATE_FORMATS: Record<Locale, { day: string; time: string }> = {
  pl: { day: 'dd.mm.yyyy', time: 'dd.mm.yyyy hh:mm' },
  en: { day: 'yyyy-mm-dd', time: 'yyyy-mm-dd hh:mm' },
};

type ExcelModule = typeof ExcelJS;

/** exceljs is large: it is loaded the first time someone exports a workbook, never at start. */
async function loadExcel(): Promise<ExcelModule> {
  const loaded = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return loaded.default ?? loaded;
}

function cellValue(cell: SheetCell): string | number | Date | null {
  return cell !== null && typeof cell === 'object' ? cell.date : cell;
}

/**
 * The workshop as an Excel workbook (.xlsx): one sheet each for the actions,
 * the notes, the KPIs and the health check, with a frozen bold header row,
 * set column widths, real numbers and dates, in the workshop's language.
 * Text stays text: nothing a person typed is ever written as a formula.
 */
export async function workbookXlsx(records: RecordMap, locale: Locale, t: Translate, now: Date, options: WorkbookOptions = {}): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  workbook.creator = 'Alignboard';
  workbook.created = now;
  workbook.modified = now;
  const formats = DATE_FORMATS[locale];
  for (const spec of workbookSheets(records, locale, t, options)) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((column) => ({ header: column.header, width: column.width }));
    sheet.getRow(1).font = { bold: true };
    for (const cells of spec.rows) {
      const row = sheet.addRow(cells.map(cellValue));
      cells.forEach((cell, index) => {
        if (cell !== null && typeof cell === 'object') row.getCell(index + 1).numFmt = cell.withTime ? formats.time : formats.day;
        else if (typeof cell === 'string') row.getCell(index + 1).alignment = { wrapText: true, vertical: 'top' };
      });
    }
    if (spec.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  }
  const written = (await workbook.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return written instanceof Uint8Array ? new Uint8Array(written.buffer, written.byteOffset, written.byteLength) : new Uint8Array(written);
}
