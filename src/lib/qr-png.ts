/**
 * A QR code as a PNG, drawn at build time: a real image file, which WeChat's long-press
 * "识别图中二维码" reads (it does not read inline SVG). Black modules on white, with the 4-module
 * white quiet zone, so it scans in a dark colour scheme too.
 */
import { encode } from 'uqr';
import { bilevelPng, bilevelRow } from './png-encode.ts';

/** The 4-module light margin the QR standard asks for around the symbol. */
export const QUIET_ZONE = 4;

/** Pixels per module: a 33-module code (a chapter URL) is 328 px square, sharp on a phone. */
export const QR_SCALE = 8;

/**
 * Symbols already encoded, by URL: a page asks for its code's side, and its `qr.png` (a route
 * Astro renders after every page) for the code. A few KB each: emptied past MAX_KEPT (a shard's
 * pages, and more), so that a process of any size stays within some 25 MB for them.
 */
const encoded = new Map<string, boolean[][]>();
const MAX_KEPT = 5_000;

/** The symbol's modules, `true` for dark, row by row, without the quiet zone. Error correction M survives a glare or a crease. */
export function qrModules(text: string): boolean[][] {
  let modules = encoded.get(text);
  if (!modules) {
    modules = encode(text, { ecc: 'M', border: 0 }).data;
    if (encoded.size >= MAX_KEPT) encoded.clear();
    encoded.set(text, modules);
  }
  return modules;
}

/** The image's side in pixels, for the `<img>`'s width and height. */
export function qrSide(text: string): number {
  return (qrModules(text).length + 2 * QUIET_ZONE) * QR_SCALE;
}

/** The code as a 1-bit PNG, about 0.5 KB. */
export function qrPng(text: string): Buffer {
  const modules = qrModules(text);
  const side = (modules.length + 2 * QUIET_ZONE) * QR_SCALE;
  const light = bilevelRow(side, () => false);
  const moduleRows = modules.map((row) => bilevelRow(side, (x) => row[Math.floor(x / QR_SCALE) - QUIET_ZONE] === true));
  const rows = Array.from({ length: side }, (_, y) => moduleRows[Math.floor(y / QR_SCALE) - QUIET_ZONE] ?? light);
  return bilevelPng(side, rows);
}
