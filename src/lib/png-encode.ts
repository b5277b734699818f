/**
 * 1-bit PNG files written directly, for the QR codes the build draws by the thousand (two colours,
 * one bit a pixel, each row written once and repeated for a module's height). A general encoder
 * (pngjs) writes 8 bits a pixel and tries five row filters on each row: several times the time,
 * three times the bytes.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const GREYSCALE = 0;

/** A row of a bilevel image: its pixels 8 a byte, most significant bit first, 0 black and 1 white. */
export function bilevelRow(width: number, dark: (x: number) => boolean): Uint8Array {
  const row = new Uint8Array(Math.ceil(width / 8)).fill(0xff);
  for (let x = 0; x < width; x++) if (dark(x)) row[x >> 3]! &= ~(0x80 >> (x & 7));
  return row;
}

/** A 1-bit greyscale PNG of `width` pixels by `rows.length` rows (each from `bilevelRow`). */
export function bilevelPng(width: number, rows: readonly Uint8Array[]): Buffer {
  const stride = Math.ceil(width / 8);
  // Each row: filter type 0 (none), then its bytes.
  const data = Buffer.alloc(rows.length * (1 + stride));
  rows.forEach((row, y) => {
    if (row.length !== stride) throw new Error(`bilevelPng: row ${y} is ${row.length} bytes, not ${stride}`);
    data.set(row, y * (1 + stride) + 1);
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(rows.length, 4);
  header.set([1, GREYSCALE, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(data)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
