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

  test('a long plan id still fits a small code', () => {
    expect(
      qrModules('https://planpress.example.org/plans/xinjiang-shengchan-jianshe-bingtuan-diwushi-shuanghe-2026-2030/12/').length,
    ).toBeLessThanOrEqual(45);
  });
});
