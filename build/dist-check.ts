/**
 * `npm run dist:check`: builds the unpacked Linux app with electron-builder
 * against a stub Electron distribution (the real binary cannot be downloaded
 * on our build machines), then inspects what would ship. See build/README.md.
 *
 * The stub is a small file carrying the fuse wire of a real Electron binary
 * (sentinel, version, Electron's default states), so electron-builder flips
 * fuses in it exactly as it would in the real one, and this script reads them
 * back with @electron/fuses. What that proves: the packaging pipeline is
 * configured to set them. What it cannot prove here: how a real Electron
 * binary honours them (that needs the download; test/desktop runs there).
 */
import { getCurrentFuseWire } from '@electron/fuses';
import { listPackage } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { asarProblems, fuseProblems, iconProblems, identityProblems, maintainerProblems, pngSize } from './dist-rules';

const ROOT = resolve(import.meta.dirname, '..');
const CONFIG = join(ROOT, 'build/electron-builder.yml');
/** The fuse wire's sentinel, as in every Electron binary since 12. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's default fuse states, FuseV1Options order ('1' on, '0' off). */
const ELECTRON_DEFAULT_FUSES = '10110001';

const out = (line: string): void => void process.stdout.write(`${line}\n`);

interface BuilderConfig {
  appId?: unknown;
  productName?: unknown;
  electronFuses?: Record<string, unknown>;
  linux?: { maintainer?: unknown; executableName?: unknown };
}

/** A stand-in for Electron's Linux distribution: enough for electron-builder to package. */
function makeStubElectron(dir: string, version: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const script = Buffer.from('#!/bin/sh\necho "stub Electron for dist:check: it cannot run the app" >&2\nexit 1\n');
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(ELECTRON_DEFAULT_FUSES)]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([script, Buffer.from('#'), wire, Buffer.from('\n')]));
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), 'Stub Electron distribution for dist:check; not for release.\n');
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', timeout: 5 * 60_000, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${String(result.status)}`})`);
}

async function main(): Promise<number> {
  const release = process.argv.includes('--release');
  const config = load(readFileSync(CONFIG, 'utf8')) as BuilderConfig;
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const electronVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  const results: Array<{ name: string; problems: string[] }> = [];
  const warnings: string[] = [];

  if (!existsSync(join(ROOT, 'build/icons/1024x1024.png'))) run(process.execPath, [join(ROOT, 'build/make-icon.mjs')]);
  if (!existsSync(join(ROOT, 'out/main/index.js'))) run('npx', ['electron-vite', 'build']);

  const work = mkdtempSync(join(tmpdir(), 'alignboard-dist-check-'));
  try {
    const stub = join(work, 'electron-dist');
    makeStubElectron(stub, electronVersion);
    const output = join(work, 'release');
    run('npx', ['electron-builder', '--linux', 'dir', '--config', CONFIG, `-c.electronDist=${stub}`, `-c.directories.output=${output}`, '--publish', 'never']);

    const unpacked = join(output, 'linux-unpacked');
    const asar = join(unpacked, 'resources/app.asar');
    results.push({ name: 'app.asar holds out/ and runtime dependencies only', problems: existsSync(asar) ? asarProblems(listPackage(asar, { isPack: false }), Object.keys(pkg.dependencies ?? {})) : ['no app.asar was built'] });

    const executable = join(unpacked, String(config.linux?.executableName ?? 'alignboard'));
    const wire = existsSync(executable) ? ((await getCurrentFuseWire(executable)) as unknown as Record<number, number>) : {};
    results.push({ name: 'fuses set in the packaged binary as configured', problems: existsSync(executable) ? fuseProblems(wire, config.electronFuses) : [`no executable at ${executable}`] });

    const iconsDir = join(ROOT, 'build/icons');
    const icons = new Map(readdirSync(iconsDir).map((file) => [file, pngSize(readFileSync(join(iconsDir, file)))] as const));
    results.push({ name: 'icons for every platform (1024 px for macOS)', problems: iconProblems(icons, pngSize(readFileSync(join(ROOT, 'build/icon.png')))) });

    const maintainer = maintainerProblems(config.linux?.maintainer);
    if (maintainer.placeholder) {
      const note = `linux.maintainer is a placeholder (${String(config.linux?.maintainer)}): set a real contact before publishing a .deb`;
      if (release) maintainer.problems.push(note);
      else warnings.push(note);
    }
    results.push({ name: 'deb maintainer', problems: maintainer.problems });
    results.push({ name: 'app id and product name unchanged (they decide where user data lives)', problems: identityProblems(config) });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  out('\n=== dist:check');
  for (const { name, problems } of results) {
    out(`${problems.length === 0 ? 'PASS' : 'FAIL'}  ${name}`);
    for (const problem of problems) out(`      - ${problem}`);
  }
  for (const warning of warnings) out(`WARN  ${warning} (fails with --release)`);
  const failed = results.filter((r) => r.problems.length > 0).length;
  out(`dist:check: ${failed === 0 ? 'PASSED' : 'FAILED'} - ${results.length - failed} of ${results.length} checks passed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`dist:check: FAILED - ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
