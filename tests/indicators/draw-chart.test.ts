import { describe, expect, test } from 'vitest';
import { drawChart, niceAxis } from '../../src/lib/indicators/draw-chart.ts';

// 东丽 学前三年毛入园率 2020 91.5 → 2025 95; 张掖 2020 99.51 → 2025 99.54%.
const dongli = { colour: 1, points: [{ year: 2020, value: 91.5, bound: false, label: '东丽 2020年：91.5' }, { year: 2025, value: 95, bound: false, label: '东丽 2025年：95' }] };
const zhangye = { colour: 0, points: [{ year: 2025, value: 99.54, bound: false, label: '张掖 2025年：99.54%' }, { year: 2020, value: 99.51, bound: false, label: '张掖 2020年：99.51' }] };

describe('niceAxis', () => {
  test('encloses the values in ticks of 1, 2 or 5 times a power of ten', () => {
    expect(niceAxis(91.5, 99.54)).toEqual({ ticks: [90, 95, 100], decimals: 0 });
    expect(niceAxis(99.51, 99.8)).toEqual({ ticks: [99.5, 99.6, 99.7, 99.8], decimals: 1 });
    expect(niceAxis(2150, 2576)).toEqual({ ticks: [2000, 2200, 2400, 2600], decimals: 0 });
  });

  test('gives a single value room above and below (张掖 职业教育专科在校生 0.8 → 0.8)', () => {
    const { ticks } = niceAxis(0.8, 0.8);
    expect(ticks[0]).toBeLessThan(0.8);
    expect(ticks.at(-1)).toBeGreaterThan(0.8);
  });
});

describe('drawChart', () => {
  const chart = drawChart([zhangye, dongli]);
  const { plot } = chart;

  test('ticks the years that values stand at, left to right', () => {
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(['2020', '2025']);
    expect(chart.xTicks[0]!.x).toBeLessThan(chart.xTicks[1]!.x);
  });

  test('draws each series from its earliest year, higher values higher, inside the plot', () => {
    const [z, d] = chart.series;
    expect(z!.points.map((point) => point.label)).toEqual(['张掖 2020年：99.51', '张掖 2025年：99.54%']);
    expect(z!.path).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    expect(d!.points[1]!.y).toBeLessThan(d!.points[0]!.y);
    expect(z!.points[0]!.y).toBeLessThan(d!.points[1]!.y);
    for (const point of chart.series.flatMap((line) => line.points)) {
      expect(point.x).toBeGreaterThanOrEqual(plot.left);
      expect(point.x).toBeLessThanOrEqual(plot.right);
      expect(point.y).toBeGreaterThanOrEqual(plot.top);
      expect(point.y).toBeLessThanOrEqual(plot.bottom);
    }
  });

  test('refuses to draw nothing', () => {
    expect(() => drawChart([{ colour: 0, points: [] }])).toThrow(/at least one point/);
  });
});
