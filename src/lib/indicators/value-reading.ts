/**
 * What a printed indicator value states, for comparing it with other plans and drawing it. The
 * ingest has read the number (`value`); this decides whether that number may be drawn as the
 * indicator's value, in the row's unit, or only shown as printed.
 */
import type { Indicator, IndicatorValue } from '../plan-schema.ts';

export type ValueReading =
  /** One number in the row's unit (`91.5`, `99.54%` in a % row). */
  | { kind: 'number'; value: number }
  /** A bound (`>99`): drawn at the number, marked as a bound. */
  | { kind: 'bound'; value: number; comparator: string }
  /** Several numbers or none (`小学：60 / 初中：60`): shown as printed, never drawn. */
  | { kind: 'not-a-number' }
  /** A number whose printed unit contradicts the row's (`10.2%` in a 年 row): shown as printed, never drawn. */
  | { kind: 'unit-conflict'; printedUnit: string; unit: string };

/** The unit a value prints after its number (`%` in `99.54%`), or null. */
export function printedUnit(raw: string): string | null {
  return /([%‰])\s*$/u.exec(raw.normalize('NFKC'))?.[1] ?? null;
}

/**
 * The row's unit: the table's (a unit column or the name's bracket), else the one unit its values
 * print (`99.54%`), else null. A row whose values print different units has none.
 */
export function rowUnit(indicator: Pick<Indicator, 'unit' | 'baseline' | 'target'>): string | null {
  if (indicator.unit !== null) return indicator.unit.normalize('NFKC');
  const printed = new Set(
    [indicator.baseline, indicator.target]
      .flatMap((value) => (value === null ? [] : [printedUnit(value.raw)]))
      .filter((unit) => unit !== null),
  );
  return printed.size === 1 ? [...printed][0]! : null;
}

export function readValue(value: IndicatorValue, unit: string | null): ValueReading {
  if (value.value === null) return { kind: 'not-a-number' };
  const printed = printedUnit(value.raw);
  if (printed !== null && unit !== null && printed !== unit) return { kind: 'unit-conflict', printedUnit: printed, unit };
  if (value.comparator !== undefined) return { kind: 'bound', value: value.value, comparator: value.comparator };
  return { kind: 'number', value: value.value };
}

/** Whether a reading is drawn on a chart: only a number or a bound is. */
export function isDrawn(reading: ValueReading): reading is Extract<ValueReading, { value: number }> {
  return reading.kind === 'number' || reading.kind === 'bound';
}
