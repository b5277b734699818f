/**
 * PNG files written directly, for the two kinds of image the build draws by the thousand. A QR code
 * has two colours: one bit a pixel, each row written once and repeated for a module's height. A
 * link preview card is flat colours and the anti-aliased edges between them, a few dozen colours
 * in all: one byte a pixel, an index into its palette. A general encoder (pngjs, resvg's `asPng`)
 * writes 8 bits a channel and tries five row filters on every row: several times the time, and
 * twice (a card) to three times (a QR code) the bytes.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const GREYSCALE = 0;
const INDEXED = 3;
/** Most colours a palette PNG holds. */
const MAX_COLOURS = 256;

/** A row of a bilevel image: its pixels 8 a byte, most significant bit first, 0 black and 1 white. */
export function bilevelRow(width: number, dark: (x: number) => boolean): Uint8Array {
  const row = new Uint8Array(Math.ceil(width / 8)).fill(0xff);
  for (let x = 0; x < width; x++) if (dark(x)) row[x >> 3]! &= ~(0x80 >> (x & 7));
  return row;
}

/** A 1-bit greyscale PNG of `width` pixels by `rows.length` rows (each from `bilevelRow`). */
export function bilevelPng(width: number, rows: readonly Uint8Array[]): Buffer {
  const stride = Math.ceil(width / 8);
  const data = Buffer.alloc(rows.length * (1 + stride));
  rows.forEach((row, y) => {
    if (row.length !== stride) throw new Error(`bilevelPng: row ${y} is ${row.length} bytes, not ${stride}`);
    // Each row: filter type 0 (none), then its bytes.
    data.set(row, y * (1 + stride) + 1);
  });
  return png(width, rows.length, 1, GREYSCALE, data);
}

/** The colours of a palette image in the order of their indices, each an opaque RGBA pixel read as one 32-bit number. */
export class Palette {
  private readonly indexOf: Map<number, number>;

  constructor(from?: Palette) {
    this.indexOf = new Map(from?.indexOf);
  }

  /**
   * Writes the palette index of each pixel of `rgba` (4 bytes a pixel) into `indices` from
   * `offset`, adding colours as they come; false, with `indices` part written, when a pixel is
   * not opaque or the colours would pass 256.
   */
  index(rgba: Uint8Array, indices: Uint8Array, offset: number): boolean {
    // Signed, so that an opaque pixel (alpha 0xff, the high byte on a little-endian machine) stays a small integer to V8.
    const pixels = new Int32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4);
    // Neighbouring pixels are mostly the same colour: the last one is remembered to skip most look-ups.
    let last = 0;
    let lastIndex = -1;
    for (let p = 0; p < pixels.length; p++) {
      const value = pixels[p]!;
      if (lastIndex < 0 || value !== last) {
        let index = this.indexOf.get(value);
        if (index === undefined) {
          if (this.indexOf.size === MAX_COLOURS || rgba[p * 4 + 3] !== 0xff) return false;
          index = this.indexOf.size;
          this.indexOf.set(value, index);
        }
        last = value;
        lastIndex = index;
      }
      indices[offset + p] = lastIndex;
    }
    return true;
  }

  /** The PNG PLTE chunk's data: R, G, B of each colour in index order. */
  rgb(): Buffer {
    const out = Buffer.alloc(this.indexOf.size * 3);
    const pixel = new Int32Array(1);
    const bytes = new Uint8Array(pixel.buffer);
    for (const [value, index] of this.indexOf) {
      // The number's bytes in memory are the pixel's R, G, B, A, whatever the machine's byte order.
      pixel[0] = value;
      out.set(bytes.subarray(0, 3), index * 3);
    }
    return out;
  }
}

/** An 8-bit palette PNG of `indices` (one byte a pixel, row after row) into `palette`. */
export function palettePng(width: number, height: number, indices: Uint8Array, palette: Palette): Buffer {
  if (indices.length !== width * height) throw new Error(`palettePng: ${indices.length} indices for ${width}×${height} pixels`);
  const data = Buffer.alloc(height * (1 + width));
  for (let y = 0; y < height; y++) data.set(indices.subarray(y * width, (y + 1) * width), y * (1 + width) + 1);
  return png(width, height, 8, INDEXED, data, palette.rgb());
}

function png(width: number, height: number, bitDepth: number, colourType: number, data: Buffer, palette?: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([bitDepth, colourType, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    // Level 3: a card's rows are long runs, which the faster levels already find; 6 takes three times as long for a fifth fewer bytes.
    chunk('IDAT', deflateSync(data, { level: 3 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
