/**
 * Tables step, indicator semantics: reads what each row of an indicator table states (name, unit,
 * category, baseline, target, attribute) from the cells as printed.
 */
import type { Indicator, IndicatorValue, TableKind } from '../../src/lib/plan-schema.ts';

/** Where each part of an indicator stands in the header. */
interface IndicatorColumns {
  readonly name: number;
  readonly category: number | null;
  readonly unit: number | null;
  readonly attribute: number | null;
  /** The first year column, unless it is the only one. */
  readonly baseline: YearColumn | null;
  /** The last year column. */
  readonly target: YearColumn;
}

interface YearColumn {
  readonly col: number;
  readonly year: number;
}

const YEAR_HEADER = /((?:19|20)\d{2})年/u;
const TASK_LIST_HEADER = /任务|举措|责任单位/u;
const NAME_HEADER = /指标|名称|项目/u;
const CATEGORY_HEADER = /类别|学段|领域/u;
const ATTRIBUTE_HEADER = /属性/u;
const UNIT_HEADER = /^(?:计量)?单位$/u;
/** A unit printed in a bracket closing the name: `（%）`, `（万人）`, `(年)`. */
const TRAILING_UNIT = /^(.+?)\s*[（(]\s*([^（）()]{1,6}?)\s*[）)]$/u;
/** Brackets that qualify the name (`（含高职）`) rather than give its unit. */
const QUALIFIER = /^(?:含|不含|包括|其中)/u;
/** A value stating one number: an optional comparator, the number, an optional percent sign. */
const SINGLE_NUMBER = /^(>=|<=|[>＞≥≧<＜≤≦])?\s*([+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?)\s*[%％‰]?$/u;

export function classifyTable(header: readonly string[]): TableKind {
  const cells = header.map(withoutSpaces);
  if (cells.some((cell) => YEAR_HEADER.test(cell))) return 'indicator';
  if (cells.some((cell) => TASK_LIST_HEADER.test(cell))) return 'task-list';
  return 'other';
}

/** Rows of a table that are not indicator rows as printed (see `TableDraft`). */
export interface RowShapes {
  /** Rows printed with more or fewer cells than the header. */
  readonly misalignedRows?: readonly number[];
  /** Rows printing one cell that names the group of rows after it (`一、学前教育`). */
  readonly categoryRows?: readonly number[];
}

/**
 * One indicator per body row, except rows printed with more or fewer cells than the header
 * (which value stands under which year there is not known, so none is read) and category rows,
 * whose cell becomes the category of the rows after them when the table has no category column.
 * None when the header has no year column.
 */
export function readIndicators(header: readonly string[], rows: readonly string[][], shapes: RowShapes = {}): Indicator[] {
  const columns = locateIndicatorColumns(header);
  if (columns === null) return [];
  const { misalignedRows = [], categoryRows = [] } = shapes;
  let group: string | null = null;
  return rows.flatMap((cells, row) => {
    if (categoryRows.includes(row)) {
      group = cells[0] ?? null;
      return [];
    }
    if (misalignedRows.includes(row)) return [];
    const indicator = readIndicatorRow(cells, row, columns);
    return [indicator.category === null && group !== null ? { ...indicator, category: group } : indicator];
  });
}

export function readIndicatorValue(raw: string, year: number | null): IndicatorValue {
  const match = SINGLE_NUMBER.exec(raw.trim());
  if (match === null) return { year, raw, value: null };
  const [, comparator, digits = ''] = match;
  const value = Number(digits.replaceAll(',', ''));
  return comparator === undefined ? { year, raw, value } : { year, raw, value, comparator };
}

function readIndicatorRow(cells: readonly string[], row: number, columns: IndicatorColumns): Indicator {
  const { name, bracketUnit } = splitTrailingUnit(cells[columns.name] ?? '');
  return {
    row,
    name,
    unit: cellOrNull(cells, columns.unit) ?? bracketUnit,
    category: cellOrNull(cells, columns.category),
    baseline: columns.baseline === null ? null : yearValue(cells, columns.baseline),
    target: yearValue(cells, columns.target),
    attribute: cellOrNull(cells, columns.attribute),
  };
}

/**
 * Finds the columns by their header words. Without a name column (指标), a second category-like
 * column holds the names: in `学段 | 类别 | 单位 | 2020年`, 类别 names the indicator within its 学段.
 */
function locateIndicatorColumns(header: readonly string[]): IndicatorColumns | null {
  const cells = header.map(withoutSpaces);
  const years = cells.flatMap((cell, col): YearColumn[] => {
    const year = YEAR_HEADER.exec(cell)?.[1];
    return year === undefined ? [] : [{ col, year: Number(year) }];
  });
  const [first, ...later] = years;
  if (first === undefined) return null;

  const isYear = (col: number): boolean => years.some((column) => column.col === col);
  const attribute = findColumn(cells, (cell, col) => !isYear(col) && ATTRIBUTE_HEADER.test(cell));
  const unit = findColumn(cells, (cell) => UNIT_HEADER.test(cell));
  const isTaken = (col: number): boolean => isYear(col) || col === attribute || col === unit;
  const categoryLike = cells.flatMap((cell, col) => (!isTaken(col) && CATEGORY_HEADER.test(cell) ? [col] : []));
  const name =
    findColumn(cells, (cell, col) => !isTaken(col) && NAME_HEADER.test(cell)) ??
    (categoryLike.length > 1 ? categoryLike.at(-1) : undefined) ??
    findColumn(cells, (_cell, col) => !isTaken(col) && !categoryLike.includes(col)) ??
    categoryLike[0] ??
    0;
  // An unnamed column before the years holds sub-row labels (幼儿园, 小学 under 生师比): the row's category.
  const subLabel = findColumn(cells, (cell, col) => cell === '' && col < first.col && col !== name);
  const category = categoryLike.find((col) => col !== name) ?? subLabel;
  // A lone year column is read as the target: the figure the plan commits to.
  return { name, category, unit, attribute, baseline: later.length > 0 ? first : null, target: later.at(-1) ?? first };
}

/** Splits `职业教育专科（含高职）在校生（万人）` into its name and the unit in its closing bracket. */
function splitTrailingUnit(printed: string): { name: string; bracketUnit: string | null } {
  const match = TRAILING_UNIT.exec(printed.trim());
  const [, name = '', unit = ''] = match ?? [];
  if (match === null || QUALIFIER.test(unit)) return { name: printed.trim(), bracketUnit: null };
  return { name, bracketUnit: unit };
}

function yearValue(cells: readonly string[], column: YearColumn): IndicatorValue {
  return readIndicatorValue(cells[column.col] ?? '', column.year);
}

function findColumn(cells: readonly string[], matches: (cell: string, col: number) => boolean): number | null {
  const col = cells.findIndex(matches);
  return col === -1 ? null : col;
}

function cellOrNull(cells: readonly string[], col: number | null): string | null {
  const text = col === null ? '' : (cells[col] ?? '').trim();
  return text === '' ? null : text;
}

function withoutSpaces(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * Values whose printed `%` contradicts the indicator's unit (`劳动年龄人口平均受教育年限(年)` with
 * `10.2%`): kept as printed, but an editor should know.
 */
export function findUnitConflicts(indicators: readonly Indicator[]): string[] {
  return indicators.flatMap((indicator) =>
    [indicator.baseline, indicator.target].flatMap((value) =>
      value && indicator.unit !== null && indicator.unit !== '%' && value.raw.trim().endsWith('%')
        ? [
            `indicator "${indicator.name}" is in ${indicator.unit} but its ${value.year ?? ''} value is printed "${value.raw}"; kept as printed`,
          ]
        : [],
    ),
  );
}
