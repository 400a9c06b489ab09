// Draws build/icon.png (512×512): two overlapping rounded squares, teal and
// coral, meeting in the middle — Sales and Marketing finding common ground.
// Only Node built-ins, so anyone can regenerate it: `node build/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

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

function pixel(x, y) {
  const cx = x + 0.5;
  const cy = y + 0.5;
  const a = coverage(roundedSquareDistance(cx, cy, teal));
  const b = coverage(roundedSquareDistance(cx, cy, coral));
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

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace

// Each scanline starts with filter type 0 (none).
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  for (let x = 0; x < SIZE; x++) raw.set(pixel(x, y), row + 1 + x * 4);
}

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const target = new URL('./icon.png', import.meta.url);
writeFileSync(target, png);
console.log(`wrote ${target.pathname} (${png.length} bytes)`);
