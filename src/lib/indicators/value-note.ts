import type { IndicatorValue } from '../plan-schema.ts';
import { readValue } from './value-reading.ts';

/**
 * What a reader is told beside a value printed as is: the number drawn, where it is not plainly
 * the printed one, or why nothing is drawn. Null when the print says it all (`91.5`, `99.54%`).
 */
export function valueNote(value: IndicatorValue, unit: string | null): string | null {
  const reading = readValue(value, unit);
  switch (reading.kind) {
    case 'not-a-number':
      return '不是单一数值，未画入图中';
    case 'unit-conflict':
      return `印有“${reading.printedUnit}”，与本行单位“${reading.unit}”不符，未画入图中`;
    case 'bound':
      return value.year === null
        ? '未标年份，未画入图中'
        : `${/[<＜≤≦]/u.test(reading.comparator) ? '上限' : '下限'}，图中按 ${reading.value} 画`;
    case 'number':
      return value.year === null ? '未标年份，未画入图中' : value.raw.includes(String(reading.value)) ? null : `读作 ${reading.value}`;
  }
}
