// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workbookXlsx } from '../../shared/export/xlsx';
import { workbookWorkshop } from './export-xlsx.fixture';
import { HOSTILE_FORMULA, translator } from './report.fixtures';

/** LibreOffice is optional (a large Debian package: libreoffice-calc-nogui): without it this proof is skipped, and says so. */
const soffice = spawnSync('which', ['soffice'], { encoding: 'utf8' }).stdout.trim();
const dir = mkdtempSync(join(tmpdir(), 'alignboard-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!soffice)('another program reads the workbook (LibreOffice headless; skipped when soffice is not installed)', () => {
  it('converts every sheet to CSV with the texts, numbers and dates we wrote', async () => {
    const { records } = workbookWorkshop();
    const file = join(dir, 'workshop.xlsx');
    writeFileSync(file, await workbookXlsx(records, 'pl', translator('pl'), new Date('2026-12-01T10:00:00Z'), { timeZone: 'Europe/Warsaw' }));
    // UTF-8, comma-separated, text quoted, cells as shown, every sheet to its own file (the last token, -1).
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true,false,false,-1', '--outdir', dir, file],
      { timeout: 120_000, stdio: 'pipe' },
    );
    const csv = Object.fromEntries(
      readdirSync(dir)
        .filter((name) => name.endsWith('.csv'))
        .map((name) => [name.replace(/^workshop-|\.csv$/g, ''), readFileSync(join(dir, name), 'utf8')]),
    );
    expect(Object.keys(csv).sort()).toEqual(['Diagnoza współpracy', 'Działania', 'Karteczki', 'Wskaźniki']);
    expect(csv['Działania']).toContain('"1. Zrozumiała komunikacja","Weekly pipeline call","Anna","Piotr",31.01.2027,"W toku"');
    // The formula-looking action stayed text: LibreOffice shows it, it does not compute it.
    expect(csv['Działania']).toContain(HOSTILE_FORMULA.replace(/"/g, '""'));
    expect(csv['Karteczki']).toMatch(/"Anna Kowalska at Baltic Foods",2,,26\.11\.2026 11:00/);
    expect(csv['Wskaźniki']).toContain('"Lead response time","Hours from MQL to first call"');
    expect(csv['Diagnoza współpracy']).toContain('"1. Zrozumiała komunikacja",2,4');
  }, 180_000);
});
