// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { asarProblems, fuseProblems, iconProblems, identityProblems, maintainerProblems, pngSize, REQUIRED_FUSES } from '../../build/dist-rules';

const ROOT = resolve(import.meta.dirname, '../..');
const config = load(readFileSync(resolve(ROOT, 'build/electron-builder.yml'), 'utf8')) as {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  electronFuses: Record<string, unknown>;
  linux: { maintainer: string; icon: string };
};

describe('the packaging config (build/electron-builder.yml)', () => {
  it('turns off every way to run the app as plain Node.js and loads code only from a verified app.asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
    expect(fuseProblems({ 0: 48, 2: 48, 3: 48, 4: 49, 5: 49 }, config.electronFuses)).toEqual([]);
  });

  it('packs only the built output', () => {
    expect(config.files).toEqual(['out/**/*', 'package.json']);
  });

  it('keeps the identity that decides where user data lives', () => {
    expect(identityProblems(config)).toEqual([]);
    // The data folder is named in main too, independently of the product name.
    expect(readFileSync(resolve(ROOT, 'electron/main/index.ts'), 'utf8')).toContain("app.isPackaged ? 'Alignboard' : 'Alignboard-dev'");
  });

  it('names a maintainer for the .deb in the form Debian requires', () => {
    expect(maintainerProblems(config.linux.maintainer).problems).toEqual([]);
    expect(config.linux.icon).toBe('build/icons');
  });
});

describe('the dist:check rules', () => {
  const built = ['/out', '/out/main', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/out/renderer/assets/index-1.js', '/out/room/index.html', '/package.json'];

  it('accept the built output and refuse sources, maps, tests and stray packages', () => {
    expect(asarProblems(built, [])).toEqual([]);
    expect(asarProblems([...built, '/out/renderer/assets/index-1.js.map'], [])).toEqual(['source map /out/renderer/assets/index-1.js.map']);
    expect(asarProblems([...built, '/electron/main/index.ts'], [])).toEqual(['unexpected file /electron/main/index.ts']);
    expect(asarProblems([...built, '/out/test/e2e/board.js'], [])).toEqual(['test file /out/test/e2e/board.js']);
    expect(asarProblems([...built, '/node_modules/vitest/index.js'], [])).toEqual(['unexpected file /node_modules/vitest/index.js']);
    expect(asarProblems([...built, '/node_modules/ws/index.js'], ['ws'])).toEqual([]);
    expect(asarProblems(['/package.json'], [])).toContain('missing /out/main/index.js');
    expect(asarProblems(built.filter((file) => !file.startsWith('/out/room')), [])).toEqual(['missing /out/room/index.html']);
  });

  it('refuse a binary whose fuses differ from the config, or a config that drops one', () => {
    const good = { 0: 48, 2: 48, 3: 48, 4: 49, 5: 49 };
    expect(fuseProblems({ ...good, 0: 49 }, config.electronFuses)).toEqual(['binary: RunAsNode is on, must be off']);
    expect(fuseProblems(good, { ...config.electronFuses, runAsNode: true })).toEqual(['config: electronFuses.runAsNode must be false']);
    expect(fuseProblems({}, config.electronFuses)).toHaveLength(REQUIRED_FUSES.length);
  });

  it('find icons that are missing or too small, and read PNG sizes', () => {
    const png = readFileSync(resolve(ROOT, 'build/icon.png'));
    expect(pngSize(png)).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(Buffer.from('not a png at all, really not'))).toBeNull();
    const sizes = new Map([16, 32, 48, 64, 128, 256, 512, 1024].map((s) => [`${s}x${s}.png`, { width: s, height: s }] as const));
    expect(iconProblems(sizes, { width: 1024, height: 1024 })).toEqual([]);
    expect(iconProblems(sizes, { width: 512, height: 512 })).toEqual(['build/icon.png must be a square PNG of at least 1024 px (macOS)']);
    sizes.delete('1024x1024.png');
    expect(iconProblems(sizes, { width: 1024, height: 1024 })).toEqual(['build/icons/1024x1024.png is missing or not a PNG']);
  });

  it('tell a malformed maintainer from a placeholder one', () => {
    expect(maintainerProblems('Jan Kowalski <jan@kowalski.pl>')).toEqual({ problems: [], placeholder: false });
    expect(maintainerProblems('Team <team@alignboard.example>')).toEqual({ problems: [], placeholder: true });
    expect(maintainerProblems('team@alignboard.pl').problems).toHaveLength(1);
    expect(maintainerProblems(undefined).problems).toHaveLength(1);
  });

  it('refuse a changed app id or product name', () => {
    expect(identityProblems({ appId: 'com.example.other', productName: 'Alignboard' })).toHaveLength(1);
    expect(identityProblems({ appId: 'com.alignboard.app', productName: 'Align Board' })).toHaveLength(1);
  });
});
