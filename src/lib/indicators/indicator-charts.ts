/**
 * The charts of one indicator's page: one per unit its rows are in, each row a line from its
 * baseline to its target, coloured by plan. Only values that read as a number or a bound are
 * drawn; the rest stay in the table, as printed.
 */
import type { IndicatorValue, Plan } from '../plan-schema.ts';
import { drawChart, type Chart, type ChartPointInput } from './draw-chart.ts';
import type { IndicatorGroup } from './group-indicators.ts';
import type { IndicatorRecord } from './indicator-records.ts';
import { endValueRole } from './value-role.ts';
import { isDrawn, readValue } from './value-reading.ts';

/** Colours `series-0` … `series-5` in explorer.css; plans beyond them reuse them in turn. */
const SERIES_COLOURS = 6;

export interface IndicatorChart {
  unit: string | null;
  chart: Chart;
  /** The plans drawn, with their colour. */
  legend: { colour: number; plan: Plan }[];
}

export function indicatorCharts(group: IndicatorGroup): IndicatorChart[] {
  const colourOf = (plan: Plan) => group.plans.indexOf(plan) % SERIES_COLOURS;
  return group.units.flatMap((unit) => {
    const series = group.records
      .filter((record) => record.unit === unit)
      .map((record) => ({ colour: colourOf(record.plan), plan: record.plan, points: drawnPoints(record) }))
      .filter((line) => line.points.length > 0);
    if (series.length === 0) return [];
    const plans = [...new Set(series.map((line) => line.plan))];
    return [{ unit, chart: drawChart(series), legend: plans.map((plan) => ({ colour: colourOf(plan), plan })) }];
  });
}

function drawnPoints(record: IndicatorRecord): ChartPointInput[] {
  const endPlanned = endValueRole(record.table.caption) === 'target';
  const values = [
    { value: record.indicator.baseline, planned: false },
    { value: record.indicator.target, planned: endPlanned },
  ].filter((entry): entry is { value: IndicatorValue & { year: number }; planned: boolean } => entry.value?.year != null);
  return values.flatMap(({ value, planned }) => {
    const reading = readValue(value, record.unit);
    if (!isDrawn(reading)) return [];
    const label = `${record.plan.title} ${record.table.caption ?? `表${record.table.n}`} ${value.year}年${planned ? '目标' : ''}：${value.raw}`;
    const comparator = reading.kind === 'bound' ? reading.comparator : null;
    return [{ year: value.year, value: reading.value, comparator, planned, text: value.raw, label }];
  });
}
