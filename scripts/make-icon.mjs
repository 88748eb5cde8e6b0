#!/usr/bin/env node
// Draws the extension icon (images/icon.png, 128x128 RGBA): a letter page on a navy tile with a
// seal-coloured check mark. Pure Node (zlib for the PNG's deflate stream); run it again to redraw.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const pixels = new Uint8Array(SIZE * SIZE * 4);

function blend(x, y, [r, g, b], alpha = 1) {
  if (x < 0 || y < 0 || x >= SIZE || y >= SIZE || alpha <= 0) return;
  const i = (y * SIZE + x) * 4;
  const a = Math.min(1, alpha);
  const under = pixels[i + 3] / 255;
  const out = a + under * (1 - a);
  for (const [k, c] of [
    [0, r],
    [1, g],
    [2, b],
  ])
    pixels[i + k] = Math.round((c * a + pixels[i + k] * under * (1 - a)) / (out || 1));
  pixels[i + 3] = Math.round(out * 255);
}

/** Fills the pixels whose centre is inside `inside(x, y)`, with 4x4 supersampling at the edges. */
function fill(color, inside) {
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++;
      blend(x, y, color, hits / 16);
    }
  }
}

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const segment = (ax, ay, bx, by, width) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (width / 2) ** 2;
};

const NAVY = [31, 58, 95];
const PAPER = [248, 246, 240];
const FOLD = [214, 208, 192];
const INK = [120, 132, 150];
const SEAL = [46, 160, 90];

fill(NAVY, roundedRect(4, 4, 124, 124, 22));
// The page, its corner folded.
fill(PAPER, (x, y) => x >= 30 && x <= 98 && y >= 18 && y <= 110 && !(x > 80 && y < 18 + (x - 80)));
fill(FOLD, (x, y) => x >= 80 && x <= 98 && y >= 18 && y <= 36 && y >= 18 + (x - 80));
// Lines of text.
for (const [y, right] of [
  [44, 86],
  [54, 86],
  [64, 78],
  [74, 86],
  [84, 66],
])
  fill(INK, roundedRect(40, y, right, y + 4, 2));
// The check mark.
fill(SEAL, (x, y) => (x - 88) ** 2 + (y - 92) ** 2 <= 22 * 22);
fill(PAPER, segment(77, 92, 85, 100, 6));
fill(PAPER, segment(85, 100, 99, 83, 6));

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  rows[y * (SIZE * 4 + 1)] = 0; // filter: none
  Buffer.from(pixels.buffer, y * SIZE * 4, SIZE * 4).copy(rows, y * (SIZE * 4 + 1) + 1);
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`written: images/icon.png (${png.length} bytes)`);
