import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { QUIET_ZONE, qrModules, qrPath, qrSvg } from '../../src/lib/qr-svg.ts';

const URL_OF_CHAPTER = 'https://planpress.example.org/plans/zhangye-2026-2030/3/';

/** The modules the path draws: each `M x y.5` or relative `m dx 0` starts a run that `h n` paints. */
function modulesOfPath(d: string, size: number): boolean[][] {
  const modules = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([Mmh])([^Mmh]*)/g)) {
    const numbers = (args ?? '').trim().split(/[\s,]+/).map(Number);
    if (command === 'M') [x, y] = [numbers[0]!, Math.floor(numbers[1]!)];
    if (command === 'm') x += numbers[0]!;
    if (command === 'h') {
      for (let i = 0; i < numbers[0]!; i++) modules[y]![x + i] = true;
      x += numbers[0]!;
    }
  }
  return modules;
}

/** An image of the modules, `scale` pixels each, with the quiet zone, as RGBA for jsQR. */
function rasterise(modules: boolean[][], scale: number): { data: Uint8ClampedArray; side: number } {
  const side = (modules.length + 2 * QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + QUIET_ZONE) * scale + dy) * side + (x + QUIET_ZONE) * scale + dx) * 4;
          data.fill(0, offset, offset + 3);
        }
      }
    }),
  );
  return { data, side };
}

describe('qrSvg', () => {
  test('its path draws exactly the dark modules of the code', () => {
    const modules = qrModules(URL_OF_CHAPTER);
    expect(modulesOfPath(qrPath(modules), modules.length)).toEqual(modules);
  });

  test('what it draws decodes back to the URL', () => {
    const modules = qrModules(URL_OF_CHAPTER);
    const d = /\sd="([^"]+)"/.exec(qrSvg(URL_OF_CHAPTER, '本章网址的二维码'))?.[1] ?? '';
    const { data, side } = rasterise(modulesOfPath(d, modules.length), 4);
    expect(jsQR(data, side, side)?.data).toBe(URL_OF_CHAPTER);
  });

  test('is an accessible image on white with a quiet zone, so it scans in a dark scheme too', () => {
    const svg = qrSvg(URL_OF_CHAPTER, '本章网址的二维码');
    const side = qrModules(URL_OF_CHAPTER).length + 2 * QUIET_ZONE;
    expect(svg).toMatch(/^<svg class="qr" /);
    expect(svg).toContain(`viewBox="-4 -4 ${side} ${side}"`);
    expect(svg).toContain('role="img" aria-label="本章网址的二维码"');
    expect(svg).toContain(`<rect x="-4" y="-4" width="${side}" height="${side}" fill="#fff"/>`);
  });

  test('a long plan id still fits a small code', () => {
    expect(qrModules('https://planpress.example.org/plans/xinjiang-shengchan-jianshe-bingtuan-diwushi-shuanghe-2026-2030/12/').length).toBeLessThanOrEqual(45);
  });
});
