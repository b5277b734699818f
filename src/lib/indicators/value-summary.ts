/**
 * One row's values in a line, for the explorer's index: `张掖市 2025年 99.54 → 2030年目标 99.8`.
 * Values as printed; the place is the plan's region, else its title.
 */
import type { IndicatorValue } from '../plan-schema.ts';
import type { IndicatorRecord } from './indicator-records.ts';
import { endValueRole, roleLabel } from './value-role.ts';

export function valueSummary(record: Pick<IndicatorRecord, 'plan' | 'table' | 'indicator'>): string {
  const { baseline, target } = record.indicator;
  const place = record.plan.region ?? record.plan.title;
  const end = roleLabel(endValueRole(record.table.caption));
  return `${place} ${printed(baseline, '')} → ${printed(target, end)}`;
}

function printed(value: IndicatorValue | null, role: string): string {
  if (value === null || value.raw.trim() === '') return '—';
  return `${value.year === null ? role : `${value.year}年${role}`} ${value.raw}`.trim();
}
