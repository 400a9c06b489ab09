// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** The CI security gate, run as CI runs it, over reports shaped like electronegativity's SARIF. */
const GATE = resolve(import.meta.dirname, '../../.ci/security/gate.mjs');

const SOURCE = ['// window', 'export function open() {', '  const win = new BrowserWindow({', '  webPreferences: buildWebPreferences() });', '}'].join('\n');
const WINDOW_LINE = 'const win = new BrowserWindow({';

interface Finding {
  check: string;
  file?: string;
  line?: number;
  length?: number;
  level?: string;
}

function sarif(findings: Finding[]): string {
  return JSON.stringify({
    $schema: 'http://json.schemastore.org/sarif-2.1.0',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Electronegativity', version: '1.10.3', rules: [] } },
        results: findings.map((f) => ({
          ruleId: f.check,
          level: f.level ?? 'warning',
          message: { text: `${f.check} found` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file ?? 'file:///' },
                region: { startLine: f.line ?? 1, startColumn: 3, charLength: f.length ?? (f.file ? WINDOW_LINE.length : 0) },
              },
            },
          ],
        })),
      },
    ],
  });
}

const accept = (check: string, file: string, code: string) => ({ check, file, code, reason: 'Justified for this test: a real reason with enough words.' });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alignboard-gate-'));
  mkdirSync(join(dir, 'app/electron/main'), { recursive: true });
  writeFileSync(join(dir, 'app/electron/main/window.ts'), SOURCE);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function gate(report: string, accepted: unknown): { status: number | null; stdout: string } {
  writeFileSync(join(dir, 'report.sarif'), report);
  writeFileSync(join(dir, 'accepted.json'), JSON.stringify(accepted));
  const run = spawnSync(process.execPath, [GATE, join(dir, 'report.sarif'), join(dir, 'accepted.json'), join(dir, 'app')], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout };
}

const contextIsolation = { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/main/window.ts', line: 3 };

describe('the electronegativity gate', () => {
  it('passes when every finding is accepted by check, file and code', () => {
    const result = gate(sarif([contextIsolation, { check: 'CSP_GLOBAL_CHECK' }]), [
      accept('CONTEXT_ISOLATION_JS_CHECK', 'electron/main/window.ts', WINDOW_LINE),
      accept('CSP_GLOBAL_CHECK', 'N/A', ''),
    ]);
    expect(result.stdout).toContain('PASSED - 0 blocking, 2 accepted');
    expect(result.status).toBe(0);
  });

  it('blocks a finding whose code differs from the accepted one, even in the same file', () => {
    const result = gate(sarif([{ ...contextIsolation, line: 4, length: 'webPreferences: buildWebPreferences() });'.length }]), [
      accept('CONTEXT_ISOLATION_JS_CHECK', 'electron/main/window.ts', WINDOW_LINE),
    ]);
    expect(result.stdout).toContain('[BLOCKING] CONTEXT_ISOLATION_JS_CHECK');
    expect(result.status).toBe(1);
  });

  it('blocks an unaccepted finding and one accepted for another check', () => {
    const result = gate(sarif([contextIsolation]), [accept('SANDBOX_JS_CHECK', 'electron/main/window.ts', WINDOW_LINE)]);
    expect(result.stdout).toContain('1 blocking');
    expect(result.status).toBe(1);
  });

  it('lists manual-review notes without blocking on them', () => {
    const result = gate(sarif([{ ...contextIsolation, check: 'PRELOAD_JS_CHECK', level: 'note' }]), []);
    expect(result.stdout).toContain('0 blocking, 0 accepted, 1 for manual review');
    expect(result.status).toBe(0);
  });

  it.each([
    ['a garbled report', (report: string) => report.slice(0, report.length / 2)],
    ['an empty file', () => ''],
    ['another format', () => 'issue,severity\nCONTEXT_ISOLATION_JS_CHECK,HIGH\n'],
    ['a report without results', (report: string) => report.replace('"results"', '"resultz"')],
    ['an unknown level', (report: string) => report.replace('"warning"', '"error"')],
    ['a location that does not match the sources', (report: string) => report.replace(`"charLength":${WINDOW_LINE.length}`, '"charLength":7')],
  ])('refuses %s (exit 2), whatever it lists', (_name, mangle) => {
    const result = gate(mangle(sarif([contextIsolation])), [accept('CONTEXT_ISOLATION_JS_CHECK', 'electron/main/window.ts', WINDOW_LINE)]);
    expect(result.stdout).toContain('malformed report, refused');
    expect(result.status).toBe(2);
  });

  it('refuses a finding in a file that was not scanned', () => {
    const result = gate(sarif([{ ...contextIsolation, file: 'electron/main/elsewhere.ts' }]), []);
    expect(result.status).toBe(2);
  });

  it('refuses an accepted finding without its code or a real reason', () => {
    const entry = accept('CONTEXT_ISOLATION_JS_CHECK', 'electron/main/window.ts', WINDOW_LINE);
    const { code: _code, ...withoutCode } = entry;
    expect(gate(sarif([contextIsolation]), [withoutCode]).status).toBe(1);
    expect(gate(sarif([contextIsolation]), [{ ...entry, reason: 'ok' }]).status).toBe(1);
  });

  it('fails when there is no report at all', () => {
    const run = spawnSync(process.execPath, [GATE, join(dir, 'missing.sarif'), join(dir, 'accepted.json'), join(dir, 'app')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
  });
});
