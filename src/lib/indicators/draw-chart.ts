/**
 * The geometry of a small line chart, computed at build time and rendered as inline SVG: each
 * series runs from a baseline to a target, years across, values up. Honest by construction: the
 * value axis starts at zero unless that would flatten the values, and then says it is cut; every
 * point carries its value as printed; a target is drawn dashed and hollow, unlike a result; a bound
 * (`>99`) is a hollow mark with its direction and is never joined to the line, so it never reads as a change.
 */

export interface ChartPointInput {
  year: number;
  value: number;
  /** The comparator of a bound (`>` in `>99`), or null for a value. */
  comparator: string | null;
  /** A target the plan sets rather than a value it reports as reached. */
  planned: boolean;
  /** The value as printed (`>99`, `99.54%`), shown beside the point. */
  text: string;
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
  /** `up` for `>`/`≥`, `down` for `<`/`≤`, null for a value. */
  bound: 'up' | 'down' | null;
  planned: boolean;
  text: string;
  label: string;
  /** The value is written under the point: another point just above it at the same year holds the space above. */
  textBelow: boolean;
}

/** A line between two consecutive values of a series; dashed when it runs to a target. */
export interface ChartSegment {
  path: string;
  planned: boolean;
}

export interface Chart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** One tick per year that a point stands at. */
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** The value axis does not start at zero: the chart draws a break mark and says so. */
  axisCut: boolean;
  series: { colour: number; segments: ChartSegment[]; points: ChartPoint[] }[];
}

const WIDTH = 480;
const HEIGHT = 240;
const PLOT = { left: 52, right: WIDTH - 20, top: 28, bottom: HEIGHT - 32 };
const Y_TICKS = 4;
/** Vertical room a value's text needs beside its point. */
const TEXT_ROOM = 18;

export function drawChart(series: readonly ChartSeriesInput[]): Chart {
  const points = series.flatMap((line) => line.points);
  if (points.length === 0) throw new Error('drawChart needs at least one point; leave the chart out instead.');
  const years = [...new Set(points.map((point) => point.year))].sort((a, b) => a - b);
  const x = scale(padSingle(years[0]!, years.at(-1)!, 1), [PLOT.left + 36, PLOT.right - 36]);
  const values = points.map((point) => point.value);
  const [low, high] = valueRange(Math.min(...values), Math.max(...values));
  const yAxis = niceAxis(low, high);
  const axisCut = yAxis.ticks[0]! > 0 || yAxis.ticks.at(-1)! < 0;
  const y = scale([yAxis.ticks[0]!, yAxis.ticks.at(-1)!], [PLOT.bottom, PLOT.top]);
  const chart: Chart = {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    xTicks: years.map((year) => ({ x: round(x(year)), label: `${year}` })),
    yTicks: yAxis.ticks.map((value) => ({ y: round(y(value)), label: value.toFixed(yAxis.decimals) })),
    axisCut,
    series: series
      .filter((line) => line.points.length > 0)
      .map((line) => {
        const drawn = [...line.points]
          .sort((a, b) => a.year - b.year)
          .map((point) => ({
            x: round(x(point.year)),
            y: round(y(point.value)),
            bound: boundDirection(point.comparator),
            planned: point.planned,
            text: point.text,
            label: point.label,
            textBelow: false,
          }));
        return { colour: line.colour, segments: segmentsOf(drawn), points: drawn };
      }),
  };
  separateTexts(chart.series.flatMap((line) => line.points));
  return chart;
}

/** Where two points of one year are closer than a line of text, the lower one writes its value below itself. */
function separateTexts(points: ChartPoint[]): void {
  for (const point of points) {
    point.textBelow = points.some(
      (other) =>
        other !== point &&
        other.x === point.x &&
        other.y <= point.y &&
        point.y - other.y < TEXT_ROOM &&
        (other.y < point.y || points.indexOf(other) < points.indexOf(point)),
    );
  }
}

/**
 * The values' range as the axis shows it: from zero when their spread is at least a quarter of the
 * largest (白碱滩 10 → 18); else cut, and marked (东丽 91.5 → 95 would be a flat line from zero).
 */
export function valueRange(min: number, max: number): [number, number] {
  if (min >= 0 && max - min >= max / 4) return [0, max];
  if (max <= 0 && max - min >= -min / 4) return [min, 0];
  return [min, max];
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

/** Lines between consecutive values; none to or from a bound, which states a limit, not a level reached. */
function segmentsOf(points: readonly ChartPoint[]): ChartSegment[] {
  return points.slice(1).flatMap((to, i) => {
    const from = points[i]!;
    if (from.bound !== null || to.bound !== null) return [];
    return [{ path: `M${from.x} ${from.y} L${to.x} ${to.y}`, planned: to.planned }];
  });
}

function boundDirection(comparator: string | null): 'up' | 'down' | null {
  if (comparator === null) return null;
  return /[<＜≤]/u.test(comparator) ? 'down' : 'up';
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
