/**
 * A QR code as a PNG, drawn at build time: a real image file, which WeChat's long-press
 * "识别图中二维码" reads (it does not read inline SVG). Black modules on white, with the 4-module
 * white quiet zone, so it scans in a dark colour scheme too.
 */
import { PNG } from 'pngjs';
import { encode } from 'uqr';

/** The 4-module light margin the QR standard asks for around the symbol. */
export const QUIET_ZONE = 4;

/** Pixels per module: a 33-module code (a chapter URL) is 328 px square, sharp on a phone. */
export const QR_SCALE = 8;

/** The symbol's modules, `true` for dark, row by row, without the quiet zone. Error correction M survives a glare or a crease. */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/** The image's side in pixels, for the `<img>`'s width and height. */
export function qrSide(text: string): number {
  return (qrModules(text).length + 2 * QUIET_ZONE) * QR_SCALE;
}

export function qrPng(text: string): Buffer {
  const modules = qrModules(text);
  const side = (modules.length + 2 * QUIET_ZONE) * QR_SCALE;
  const png = new PNG({ width: side, height: side, colorType: 0, inputColorType: 0, inputHasAlpha: false, bitDepth: 8 });
  png.data = Buffer.alloc(side * side, 0xff);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < QR_SCALE; dy++) {
        const offset = ((y + QUIET_ZONE) * QR_SCALE + dy) * side + (x + QUIET_ZONE) * QR_SCALE;
        png.data.fill(0, offset, offset + QR_SCALE);
      }
    }),
  );
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
}
