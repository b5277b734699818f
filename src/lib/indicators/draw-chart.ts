/**
 * The geometry of a small line chart, computed at build time and rendered as inline SVG: each
 * series runs from a baseline to a target, years across, values up. No scripts, no images.
 */

export interface ChartPointInput {
  year: number;
  value: number;
  /** A bound (`>99`) rather than a value: drawn hollow. */
  bound: boolean;
  /** What the point is, as a tooltip: plan, table, year and the value as printed. */
  label: string;
}

export interface ChartSeriesInput {
  /** Index of the series' colour (`series-<n>` in explorer.css). */
  colour: number;
  points: ChartPointInput[];
}

export interface ChartPoint {
  x: number;
  y: number;
  bound: boolean;
  label: string;
}

export interface Chart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** One tick per year that a point stands at. */
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  series: { colour: number; path: string; points: ChartPoint[] }[];
}

const WIDTH = 480;
const HEIGHT = 240;
const PLOT = { left: 52, right: WIDTH - 20, top: 16, bottom: HEIGHT - 32 };
const Y_TICKS = 4;

export function drawChart(series: readonly ChartSeriesInput[]): Chart {
  const points = series.flatMap((line) => line.points);
  if (points.length === 0) throw new Error('drawChart needs at least one point; leave the chart out instead.');
  const years = [...new Set(points.map((point) => point.year))].sort((a, b) => a - b);
  const x = scale(padSingle(years[0]!, years.at(-1)!, 1), [PLOT.left + 24, PLOT.right - 24]);
  const yAxis = niceAxis(Math.min(...points.map((point) => point.value)), Math.max(...points.map((point) => point.value)));
  const y = scale([yAxis.ticks[0]!, yAxis.ticks.at(-1)!], [PLOT.bottom, PLOT.top]);
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    xTicks: years.map((year) => ({ x: round(x(year)), label: `${year}` })),
    yTicks: yAxis.ticks.map((value) => ({ y: round(y(value)), label: value.toFixed(yAxis.decimals) })),
    series: series
      .filter((line) => line.points.length > 0)
      .map((line) => {
        const drawn = [...line.points]
          .sort((a, b) => a.year - b.year)
          .map((point) => ({ x: round(x(point.year)), y: round(y(point.value)), bound: point.bound, label: point.label }));
        return { colour: line.colour, path: drawn.map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' '), points: drawn };
      }),
  };
}

/** Ticks at 1, 2 or 5 times a power of ten that enclose [min, max]; a single value gets room around it. */
export function niceAxis(min: number, max: number): { ticks: number[]; decimals: number } {
  const [low, high] = padSingle(min, max, Math.abs(min) / 10 || 1);
  const rough = (high - low) / Y_TICKS;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toFixed(decimals)));
  return { ticks, decimals };
}

function padSingle(min: number, max: number, room: number): [number, number] {
  return min === max ? [min - room, max + room] : [min, max];
}

function scale([d0, d1]: [number, number], [r0, r1]: [number, number]): (value: number) => number {
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
