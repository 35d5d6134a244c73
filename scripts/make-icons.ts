// Draws the Creator Lens icon (a magnifying lens over a rising bar chart) into icons/*.png.
// Run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

type Rgba = [number, number, number, number];
const VIOLET: Rgba = [91, 60, 196, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GREEN: Rgba = [34, 197, 94, 255];

// Shape in unit coordinates (0..1): rounded violet tile, white lens ring + handle, green bars inside the lens.
function shade(u: number, v: number): Rgba | null {
  const cx = 0.42,
    cy = 0.42,
    r = 0.25;
  const d = Math.hypot(u - cx, v - cy);
  const inBars =
    d < r - 0.05 &&
    [
      [0.3, 0.5],
      [0.39, 0.4],
      [0.48, 0.3],
    ].some(([x0, top]) => u >= (x0 as number) && u <= (x0 as number) + 0.07 && v >= (top as number) && v <= 0.58);
  if (inBars) return GREEN;
  if (Math.abs(d - r) < 0.055) return WHITE;
  // Handle: a thick segment from the ring towards the bottom-right corner.
  const t = (u - 0.6 + (v - 0.6)) / 2;
  const off = Math.abs(u - 0.6 - (v - 0.6)) / Math.SQRT2;
  if (t >= 0 && t <= 0.2 && off < 0.06) return WHITE;
  const m = 0.04,
    rad = 0.2;
  const qx = Math.max(m + rad - u, 0, u - (1 - m - rad)),
    qy = Math.max(m + rad - v, 0, v - (1 - m - rad));
  if (Math.hypot(qx, qy) <= rad) return VIOLET;
  return null;
}

for (const size of [16, 32, 48, 128]) {
  const S = 4; // 4×4 supersampling for smooth edges
  const image = png(size, (x, y) => {
    const acc = [0, 0, 0, 0];
    for (let i = 0; i < S; i++)
      for (let j = 0; j < S; j++) {
        const c = shade((x + (i + 0.5) / S) / size, (y + (j + 0.5) / S) / size);
        if (c)
          for (let k = 0; k < 4; k++) acc[k] = (acc[k] as number) + (k < 3 ? (c[k] as number) * (c[3] / 255) : c[3]);
      }
    const a = (acc[3] as number) / (S * S);
    const w = (acc[3] as number) / 255 || 1;
    return [
      Math.round((acc[0] as number) / w),
      Math.round((acc[1] as number) / w),
      Math.round((acc[2] as number) / w),
      Math.round(a),
    ];
  });
  writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), image);
}
