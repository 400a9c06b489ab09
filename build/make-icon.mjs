// Draws the app icon: two overlapping rounded squares, teal and coral, meeting
// in the middle — Sales and Marketing finding common ground. Writes
// build/icon.png (1024×1024: macOS needs 1024 px, Windows' .ico is made from it)
// and build/icons/<size>x<size>.png, the set Linux desktops pick from.
// Only Node built-ins, so anyone can regenerate it: `node build/make-icon.mjs`.
// The shapes are drawn at each size (not scaled down), so small sizes stay crisp.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/** Every size written to build/icons; the largest is also build/icon.png. */
export const ICON_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

// The geometry is laid out on a 512 grid and scaled to each size.
const SIZE = 512;
const TEAL = [0x0f, 0x76, 0x6e];
const CORAL = [0xe0, 0x56, 0x4b];
const OVERLAP = [0x13, 0x3b, 0x3f]; // deep ink where both meet, reads as "shared"

const SQUARE = 272;
const RADIUS = 64;
const teal = { x: 56, y: 56 };
const coral = { x: SIZE - 56 - SQUARE, y: SIZE - 56 - SQUARE };

/** Signed distance from (px, py) to a rounded square at `origin` (negative inside). */
function roundedSquareDistance(px, py, origin) {
  const half = SQUARE / 2;
  const dx = Math.abs(px - (origin.x + half)) - (half - RADIUS);
  const dy = Math.abs(py - (origin.y + half)) - (half - RADIUS);
  const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
  return outside + Math.min(Math.max(dx, dy), 0) - RADIUS;
}

/** Pixel coverage from a signed distance: a one-pixel anti-aliased edge. */
const coverage = (distance) => Math.min(1, Math.max(0, 0.5 - distance));

function pixel(x, y, scale) {
  const cx = (x + 0.5) / scale;
  const cy = (y + 0.5) / scale;
  // Distances measured in output pixels, so every size gets a one-pixel soft edge.
  const a = coverage(roundedSquareDistance(cx, cy, teal) * scale);
  const b = coverage(roundedSquareDistance(cx, cy, coral) * scale);
  const both = a * b;
  const onlyTeal = a - both;
  const onlyCoral = b - both;
  const alpha = onlyTeal + onlyCoral + both;
  if (alpha === 0) return [0, 0, 0, 0];
  const mix = (i) => (TEAL[i] * onlyTeal + CORAL[i] * onlyCoral + OVERLAP[i] * both) / alpha;
  return [mix(0), mix(1), mix(2), alpha * 255].map(Math.round);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** One PNG of the icon, `size` pixels square. */
export function renderIcon(size) {
  const scale = size / SIZE;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace

  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, scale), row + 1 + x * 4);
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Writes build/icon.png and build/icons/*.png. */
export function writeIcons(buildDir = new URL('.', import.meta.url)) {
  const iconsDir = new URL('icons/', buildDir);
  mkdirSync(iconsDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const png = renderIcon(size);
    writeFileSync(new URL(`${size}x${size}.png`, iconsDir), png);
    if (size === Math.max(...ICON_SIZES)) writeFileSync(new URL('icon.png', buildDir), png);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeIcons();
  console.log(`wrote build/icon.png and build/icons/ (${ICON_SIZES.join(', ')} px)`);
}
