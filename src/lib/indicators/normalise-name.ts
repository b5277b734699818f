/**
 * The form of an indicator name that matching compares: the same wording printed with full- or
 * half-width characters, spaces, or a unit in a closing bracket compares equal.
 */

/** A bracket closing the name that holds only a unit: `（%）`, `(万人)`, `（年）`; not `（含高职）` or `（区）`. */
const TRAILING_UNIT = /\((?:%|‰|[万亿千百]?(?:人|元|所|个|年|岁|台|册|平方米|人次))\)$/u;

export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').replace(TRAILING_UNIT, '');
}
