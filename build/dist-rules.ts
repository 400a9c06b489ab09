/**
 * What `npm run dist:check` demands of the package, as pure functions over
 * what it finds (kept apart from the script so tests can feed them bad input).
 * Each returns a list of problems; empty means the check passed.
 */

/** The app id and product name decide where user data lives: they never change. */
export const STABLE_APP_ID = 'com.alignboard.app';
export const STABLE_PRODUCT_NAME = 'Alignboard';

/** Every size the platforms need; macOS wants 1024 px. */
export const REQUIRED_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

/** The fuses every build must have, by @electron/fuses' FuseV1Options index. */
export const REQUIRED_FUSES: ReadonlyArray<{ index: number; name: string; configKey: string; enabled: boolean }> = [
  { index: 0, name: 'RunAsNode', configKey: 'runAsNode', enabled: false },
  { index: 2, name: 'EnableNodeOptionsEnvironmentVariable', configKey: 'enableNodeOptionsEnvironmentVariable', enabled: false },
  { index: 3, name: 'EnableNodeCliInspectArguments', configKey: 'enableNodeCliInspectArguments', enabled: false },
  { index: 4, name: 'EnableEmbeddedAsarIntegrityValidation', configKey: 'enableEmbeddedAsarIntegrityValidation', enabled: true },
  { index: 5, name: 'OnlyLoadAppFromAsar', configKey: 'onlyLoadAppFromAsar', enabled: true },
];

/** The files the app cannot start without: its bundles, and the participant page the room serves (out/room, built by `npm run build:desktop`). */
const REQUIRED_FILES = ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/out/room/index.html'];

/**
 * app.asar holds the built output and the runtime packages only: no sources,
 * tests, source maps, dev tools or stray files.
 */
export function asarProblems(files: readonly string[], runtimeDependencies: readonly string[]): string[] {
  const problems: string[] = [];
  const set = new Set(files);
  for (const required of REQUIRED_FILES) if (!set.has(required)) problems.push(`missing ${required}`);
  const allowedModules = runtimeDependencies.map((name) => `/node_modules/${name}`);
  for (const file of files) {
    const inModule = allowedModules.some((prefix) => file === prefix || file.startsWith(`${prefix}/`));
    if (file === '/package.json' || file === '/out' || file === '/node_modules') continue;
    if (!file.startsWith('/out/') && !inModule) problems.push(`unexpected file ${file}`);
    else if (/\.map$/.test(file)) problems.push(`source map ${file}`);
    else if (/\.(tsx?|mts|cts)$/.test(file) && !file.endsWith('.d.ts')) problems.push(`source file ${file}`);
    else if (/(^|\/)(test|tests|__tests__|e2e)\//.test(file.replace(/^\/node_modules\/[^/]+/, ''))) problems.push(`test file ${file}`);
  }
  return problems;
}

/** The fuse wire read from the packaged binary (index → '0'/'1' as char codes 48/49) against the config. */
export function fuseProblems(wire: Readonly<Record<number, number>>, config: Readonly<Record<string, unknown>> | undefined): string[] {
  const problems: string[] = [];
  for (const fuse of REQUIRED_FUSES) {
    if (config?.[fuse.configKey] !== fuse.enabled) problems.push(`config: electronFuses.${fuse.configKey} must be ${fuse.enabled}`);
    const state = wire[fuse.index];
    const expected = fuse.enabled ? 49 : 48;
    if (state !== expected) problems.push(`binary: ${fuse.name} is ${state === 49 ? 'on' : state === 48 ? 'off' : `unknown (${String(state)})`}, must be ${fuse.enabled ? 'on' : 'off'}`);
  }
  return problems;
}

/** Width and height of a PNG, from its IHDR chunk; null when it is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every required size exists, square, at its size; `icons` maps a file name to its size. */
export function iconProblems(icons: ReadonlyMap<string, { width: number; height: number } | null>, mainIcon: { width: number; height: number } | null): string[] {
  const problems: string[] = [];
  for (const size of REQUIRED_ICON_SIZES) {
    const found = icons.get(`${size}x${size}.png`);
    if (!found) problems.push(`build/icons/${size}x${size}.png is missing or not a PNG`);
    else if (found.width !== size || found.height !== size) problems.push(`build/icons/${size}x${size}.png is ${found.width}x${found.height}`);
  }
  if (!mainIcon || mainIcon.width < 1024 || mainIcon.height !== mainIcon.width) problems.push('build/icon.png must be a square PNG of at least 1024 px (macOS)');
  return problems;
}

const PLACEHOLDER_DOMAIN = /@[^>]*\.(example|invalid|test|localhost)>$|@(example\.(com|org|net)|localhost)>$/i;

/**
 * The .deb's Maintainer field: "Name <address>". A reserved placeholder domain
 * (example, invalid, test) is reported separately: a package can be built
 * with it, but it must not be published.
 */
export function maintainerProblems(maintainer: unknown): { problems: string[]; placeholder: boolean } {
  if (typeof maintainer !== 'string' || !/^[^<>]+ <[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>$/.test(maintainer)) {
    return { problems: [`linux.maintainer must read "Name <address>", found ${JSON.stringify(maintainer)}`], placeholder: false };
  }
  return { problems: [], placeholder: PLACEHOLDER_DOMAIN.test(maintainer) };
}

/** The identity that decides where user data lives. */
export function identityProblems(config: { appId?: unknown; productName?: unknown }): string[] {
  const problems: string[] = [];
  if (config.appId !== STABLE_APP_ID) problems.push(`appId must stay ${STABLE_APP_ID} (found ${String(config.appId)})`);
  if (config.productName !== STABLE_PRODUCT_NAME) problems.push(`productName must stay ${STABLE_PRODUCT_NAME} (found ${String(config.productName)})`);
  return problems;
}
