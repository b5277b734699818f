import { describe, expect, test } from 'vitest';
import { drawChart, niceAxis, valueRange } from '../../src/lib/indicators/draw-chart.ts';

const point = (year: number, value: number, text: string, options: { planned?: boolean; comparator?: string } = {}) => ({
  year,
  value,
  text,
  comparator: options.comparator ?? null,
  planned: options.planned ?? false,
  label: `${year}年：${text}`,
});
// 东丽 学前三年毛入园率 2020 91.5 → 2025 95; 张掖 2020 99.51 → 2025 99.54% (a 完成情况 table: a result).
const dongli = { colour: 1, points: [point(2020, 91.5, '91.5'), point(2025, 95, '95', { planned: true })] };
const zhangye = { colour: 0, points: [point(2025, 99.54, '99.54%'), point(2020, 99.51, '99.51')] };
// 东丽 2020 “100” → 2025 “>99”: a lower bound, which the old chart drew as a fall.
const bound = { colour: 1, points: [point(2020, 100, '100'), point(2025, 99, '>99', { planned: true, comparator: '>' })] };

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

describe('valueRange', () => {
  test('starts at zero when the values are far enough from it (白碱滩 骨干教师 10 → 18)', () => {
    expect(valueRange(10, 18)).toEqual([0, 18]);
  });
  test('cuts the axis when zero would flatten the values (东丽 91.5 → 95)', () => {
    expect(valueRange(91.5, 95)).toEqual([91.5, 95]);
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
    expect(z!.points.map((p) => p.label)).toEqual(['2020年：99.51', '2025年：99.54%']);
    expect(z!.segments.map((segment) => segment.path)).toEqual([expect.stringMatching(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/)]);
    expect(d!.points[1]!.y).toBeLessThan(d!.points[0]!.y);
    expect(z!.points[0]!.y).toBeLessThan(d!.points[1]!.y);
    for (const p of chart.series.flatMap((line) => line.points)) {
      expect(p.x).toBeGreaterThanOrEqual(plot.left);
      expect(p.x).toBeLessThanOrEqual(plot.right);
      expect(p.y).toBeGreaterThanOrEqual(plot.top);
      expect(p.y).toBeLessThanOrEqual(plot.bottom);
    }
  });

  test('carries each value as printed on its point', () => {
    expect(chart.series[1]!.points.map((p) => p.text)).toEqual(['91.5', '95']);
  });

  test('says the axis is cut when it does not start at zero, and not when it does', () => {
    expect(chart.axisCut).toBe(true);
    expect(chart.yTicks[0]!.label).not.toBe('0');
    const teachers = drawChart([{ colour: 0, points: [point(2020, 10, '10'), point(2025, 18, '18', { planned: true })] }]);
    expect(teachers.axisCut).toBe(false);
    expect(teachers.yTicks[0]!.label).toBe('0');
  });

  test('draws the line to a target dashed, to a result solid', () => {
    expect(chart.series[1]!.segments.map((segment) => segment.planned)).toEqual([true]);
    expect(chart.series[0]!.segments.map((segment) => segment.planned)).toEqual([false]);
  });

  test('never joins a bound to the line, so 100 → >99 is no fall', () => {
    const [line] = drawChart([bound]).series;
    expect(line!.segments).toEqual([]);
    expect(line!.points.map((p) => p.bound)).toEqual([null, 'up']);
  });

  test('writes a value under its point when another point of that year sits just above (东丽 100 and 张掖 99.96 in 2020)', () => {
    const close = drawChart([
      { colour: 0, points: [point(2020, 99.96, '99.96'), point(2025, 100, '100%')] },
      { colour: 1, points: [point(2020, 100, '100'), point(2025, 99, '>99', { planned: true, comparator: '>' })] },
    ]);
    const in2020 = close.series.map((line) => line.points[0]!);
    expect(in2020.map((p) => [p.text, p.textBelow])).toEqual([
      ['99.96', true],
      ['100', false],
    ]);
    expect(close.series[0]!.points[1]!.textBelow).toBe(false);
  });

  test('refuses to draw nothing', () => {
    expect(() => drawChart([{ colour: 0, points: [] }])).toThrow(/at least one point/);
  });
});
