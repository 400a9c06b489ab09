/**
 * `npm run test:desktop`: the desktop smoke test (smoke.desktop.ts) in the real
 * Electron app. Without the Electron binary (it cannot be downloaded on our
 * build machines) it prints one line and exits with 77, which .ci/run counts
 * as skipped, never as passed. On Linux without a display it runs itself under
 * Xvfb (`xvfb-run`). Extra arguments go to vitest (e.g. a JSON reporter).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { electronBinary } from './electron-binary';

/** The exit code test harnesses (automake, .ci/run) read as "skipped". */
const SKIPPED = 77;

const ROOT = resolve(import.meta.dirname, '../..');

function main(): number {
  const binary = electronBinary();
  if (!binary) {
    process.stdout.write('SKIPPED desktop smoke test: the Electron binary is not installed (node_modules/electron has no dist/); `npx electron --version` downloads it on a machine with internet access.\n');
    return SKIPPED;
  }
  const vitest = [resolve(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', resolve(ROOT, 'test/desktop/vitest.desktop.config.ts'), ...process.argv.slice(2)];
  const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const [command, args] = needsDisplay
    ? ['xvfb-run', ['--auto-servernum', '--server-args=-screen 0 1920x1080x24', process.execPath, ...vitest]]
    : [process.execPath, vitest];
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ALIGNBOARD_ELECTRON: binary } });
  if (result.error) {
    process.stderr.write(`desktop smoke test could not start ${command}: ${result.error.message}${needsDisplay ? ' (install xvfb: apt-get install xvfb)' : ''}\n`);
    return 1;
  }
  return result.status ?? 1;
}

process.exitCode = main();
