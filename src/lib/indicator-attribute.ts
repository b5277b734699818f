/** The 约束性 / 预期性 attribute of an indicator, as printed in its table's attribute column. */

/** `binding` for 约束性 (a target the government commits to), `expected` for 预期性 (a target it aims for). */
export type IndicatorAttribute = 'binding' | 'expected';

/** The attribute a cell states, or null when the cell is anything else. */
export function indicatorAttribute(cell: string): IndicatorAttribute | null {
  const text = cell.trim();
  return text === '约束性' ? 'binding' : text === '预期性' ? 'expected' : null;
}
