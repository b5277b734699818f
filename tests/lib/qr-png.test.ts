import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { QR_SCALE, QUIET_ZONE, qrModules, qrPng, qrSide } from '../../src/lib/qr-png.ts';

const URL_OF_CHAPTER = 'https://planpress.example.org/plans/zhangye-2026-2030/3/';

describe('qrPng', () => {
  const png = PNG.sync.read(qrPng(URL_OF_CHAPTER));
  const grey = (x: number, y: number) => png.data[(y * png.width + x) * 4]!;

  test('decodes back to the URL', () => {
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(URL_OF_CHAPTER);
  });

  test('is a square of the side it announces, with a white quiet zone, so it scans in a dark scheme too', () => {
    expect([png.width, png.height]).toEqual([qrSide(URL_OF_CHAPTER), qrSide(URL_OF_CHAPTER)]);
    const zone = QUIET_ZONE * QR_SCALE;
    for (let i = 0; i < png.width; i++) {
      expect([grey(i, 0), grey(0, i), grey(i, zone - 1), grey(zone - 1, i)]).toEqual([255, 255, 255, 255]);
    }
    // The finder pattern's corner, just inside the zone, is dark.
    expect(grey(zone, zone)).toBe(0);
  });

  test('is a 1-bit greyscale PNG (two colours need no more), well under a kilobyte', () => {
    const file = qrPng(URL_OF_CHAPTER);
    // IHDR's bit depth and colour type, right after the width and height.
    expect([file[24], file[25]]).toEqual([1, 0]);
    expect(file.length).toBeLessThan(1024);
  });

  test('every pixel is black or white, a module drawn as a QR_SCALE-pixel square', () => {
    const values = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4) values.add(png.data[i]!);
    expect([...values].sort((a, b) => a - b)).toEqual([0, 255]);
    const zone = QUIET_ZONE * QR_SCALE;
    const modules = qrModules(URL_OF_CHAPTER);
    modules.forEach((row, y) =>
      row.forEach((dark, x) => {
        const expected = dark ? 0 : 255;
        // The module's first and last pixel each way.
        for (const [dx, dy] of [
          [0, 0],
          [QR_SCALE - 1, QR_SCALE - 1],
        ])
          expect(grey(zone + x * QR_SCALE + dx!, zone + y * QR_SCALE + dy!)).toBe(expected);
      }),
    );
  });

  test('a long plan id still fits a small code', () => {
    expect(
      qrModules('https://planpress.example.org/plans/xinjiang-shengchan-jianshe-bingtuan-diwushi-shuanghe-2026-2030/12/').length,
    ).toBeLessThanOrEqual(45);
  });
});
