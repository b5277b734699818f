/**
 * Tables step, tab-led export: a Word table exported one cell per line, each cell's first line
 * led by a tab, rows separated by a blank line, the first row the header.
 */
import type { CellSpan } from '../../src/lib/plan-schema.ts';
import { findSubLabelColumns } from './align-rows.ts';
import { collapseIdeographPadding } from './ideograph-spacing.ts';
import { fillMergedCells, isValueCell } from './merged-cells.ts';
import type { IngestWarning, SourceLine } from './source-line.ts';

/** A table as read from the export, before it is numbered and placed in a plan. */
export interface TableDraft {
  header: string[];
  /** Body rows, each as long as `header`: merged cells filled, multi-line cells joined. */
  rows: string[][];
  /** Merged regions; `row` indexes `rows`. */
  spans: CellSpan[];
  /** Indexes in `rows` of rows printed with more or fewer cells than the header: kept as printed, reported. */
  misalignedRows: number[];
  /** Indexes in `rows` of rows printing one label cell across the table (`一、学前教育`): a category for the rows after. */
  categoryRows: number[];
  /** Per body row, per cell: the non-empty lines printed in the cell, trimmed (none for a filled merged cell). */
  cellLines: string[][][];
  /** Raw line number of the first table line. */
  firstLine: number;
  /** Raw line number of the last line that belongs to the table. */
  lastLine: number;
}

export interface TableParse {
  table: TableDraft;
  /** Index in the input of the first line after the table. */
  next: number;
  warnings: IngestWarning[];
}

/** A cell as printed: the raw line of its tab line, and its non-empty lines. */
interface PrintedCell {
  readonly line: number;
  readonly lines: string[];
  /** True for an empty cell added to align a row with the rest (see `alignSubLabelRows`). */
  readonly added?: boolean;
}

type PrintedRow = PrintedCell[];

/** One `label：value` item per line (`小学：0.50`), as Word prints a cell listing several values. */
const LABELLED_ITEM = /^[^：:，。；、\s]{1,12}[：:]\s*\S/u;
/** A line that is a value of its own (`34.52%`, `>99`, `〔13.5〕`, `—`): never run into the next. */
const VALUE_LINE = /^[>＞≥<＜≤〔[（(+-]*\s*\d[\d.,%％‰]*[〕\]）)*]*$|^[—–\-－]+$/u;
/** A line opening with a list label (`2.`, `（二）`, `①`): a new item of the cell. */
const ITEM_LABEL = /^(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑳])/u;
/** Lines of a body cell that are items or values of their own are kept apart by a line feed. */
export const CELL_LINE_SEPARATOR = '\n';

export function parseTabTable(lines: readonly SourceLine[], start: number): TableParse {
  const first = lines[start];
  if (first === undefined || !isTabLed(first.text)) {
    throw new RangeError(`parseTabTable expects a tab-led line at index ${start}, got ${describeLine(first)}`);
  }
  const { printedRows, lastIndex } = readPrintedRows(lines, start);
  const [printedHeader = [], ...bodyAsPrinted] = printedRows;
  const { body: printedBody, warnings: alignWarnings } = alignSubLabelRows(printedHeader, bodyAsPrinted);
  const categoryRows = printedBody.flatMap((row, index) => (isCategoryRow(row, printedHeader.length) ? [index] : []));
  const otherWidth = printedBody.flatMap((row, index) =>
    row.length === printedHeader.length || categoryRows.includes(index) ? [] : [index],
  );
  const widthWarnings = [...alignWarnings, ...otherWidth.flatMap((index) => rowWidthWarnings(printedBody[index]!, printedHeader.length))];
  const misalignedRows = otherWidth;
  const width = Math.max(printedHeader.length, ...printedBody.map((row) => row.length));

  // A header cell over two lines (`现状值` / `(2020年)`) is one name; body cells keep their lines.
  const header = padCells(
    printedHeader.map((cell) => collapseIdeographPadding(cell.lines.join(''))),
    width,
    () => '',
  );
  const cellLines = printedBody.map((row) =>
    padCells(
      row.map((cell) => [...cell.lines]),
      width,
      (): string[] => [],
    ),
  );
  const printed = printedBody.map((row) => padCells(row.map(cellText), width, () => ''));
  // A cell added to align a row was not printed: it is never reported as a refused fill.
  const slots = printedBody.map((row) => row.map((cell) => (cell.added ? undefined : { line: cell.line, printed: cell.lines.length > 0 })));
  const { rows, spans, warnings: fillWarnings } = fillMergedCells(header, printed, slots);
  const table: TableDraft = {
    header,
    rows,
    spans,
    misalignedRows,
    categoryRows,
    cellLines,
    firstLine: first.line,
    lastLine: lines[lastIndex]!.line,
  };
  return { table, next: lastIndex + 1, warnings: [...widthWarnings, ...fillWarnings].sort((a, b) => a.line - b.line) };
}

/**
 * Rows that print a sub-row label the header has no column for get it in an unnamed column (the
 * header's own cell there is added empty, as is every other row's); reported once per such row.
 */
function alignSubLabelRows(header: PrintedCell[], body: readonly PrintedRow[]): { body: PrintedRow[]; warnings: IngestWarning[] } {
  const found = findSubLabelColumns(
    header.map(cellText),
    body.map((row) => row.map(cellText)),
  );
  if (found === null) return { body: [...body], warnings: [] };
  const { at, count, rows } = found;
  const insert = (row: PrintedRow): PrintedRow => {
    if (row.length <= at) return row;
    const line = row[0]!.line;
    return [...row.slice(0, at), ...Array.from({ length: count }, (): PrintedCell => ({ line, lines: [], added: true })), ...row.slice(at)];
  };
  header.splice(0, header.length, ...insert(header));
  const warnings = rows.map((index): IngestWarning => ({
    line: body[index]![0]!.line,
    code: 'table-row-sub-label',
    message: `row has ${body[index]!.length} cells, header has ${header.length - count}; "${body[index]!.slice(at, at + count)
      .map(cellText)
      .join(' ')}" is read as a sub-row label, in an unnamed column added after "${cellText(header[at - 1]!)}"`,
  }));
  return { body: body.map((row, index) => (rows.includes(index) ? row : insert(row))), warnings };
}

/**
 * Joins the lines of a multi-line cell: a line feed before and after a line that is an item or a
 * value of its own (`小学：0.50`, `34.52%`, `2.提升…`), so two values never run together; nothing
 * between lines of wrapped text (`（一）实施新时代立德树人` / `行动计划`), as Chinese wraps.
 */
export function joinCellLines(cellLines: readonly string[]): string {
  return cellLines.reduce((joined, line, index) => {
    if (index === 0) return line;
    const keepApart = isSelfContained(cellLines[index - 1]!) || isSelfContained(line) || ITEM_LABEL.test(line);
    return joined + (keepApart ? CELL_LINE_SEPARATOR : '') + line;
  }, '');
}

function isSelfContained(line: string): boolean {
  return LABELLED_ITEM.test(line) || VALUE_LINE.test(line);
}

/**
 * Reads rows until the table ends: at a non-blank, untabbed line after a blank line, or at the end.
 * Untabbed lines inside a row continue the cell above them.
 */
function readPrintedRows(lines: readonly SourceLine[], start: number): { printedRows: PrintedRow[]; lastIndex: number } {
  const printedRows: PrintedRow[] = [];
  let row: PrintedRow = [];
  let lastIndex = start;
  let afterBlank = false;
  for (let index = start; index < lines.length; index += 1) {
    const { line, text } = lines[index]!;
    if (isTabLed(text)) {
      row.push({ line, lines: printedText(text.slice(1)) });
    } else if (isBlank(text)) {
      if (row.length > 0 && !rowContinuesPastBlank(lines, index, row.length, printedRows[0]?.length)) {
        printedRows.push(row);
        row = [];
      }
      afterBlank = true;
      continue;
    } else if (afterBlank || row.length === 0) {
      break;
    } else {
      row.at(-1)!.lines.push(...printedText(text));
    }
    afterBlank = false;
    lastIndex = index;
  }
  if (row.length > 0) printedRows.push(row);
  return { printedRows, lastIndex };
}

/**
 * A blank line lies inside a row (Word puts one inside some cells) only when the row is short
 * and the cells that follow the blank complete it exactly; otherwise it ends the row.
 */
function rowContinuesPastBlank(lines: readonly SourceLine[], blank: number, cellsSoFar: number, headerWidth: number | undefined): boolean {
  if (headerWidth === undefined || cellsSoFar >= headerWidth) return false;
  return cellsSoFar + countCellsInNextBlock(lines, blank) === headerWidth;
}

/** Counts the cells of the block after the blank at `blank`; none when it opens untabbed, ending the table. */
function countCellsInNextBlock(lines: readonly SourceLine[], blank: number): number {
  let index = blank + 1;
  while (index < lines.length && isBlank(lines[index]!.text)) index += 1;
  if (index >= lines.length || !isTabLed(lines[index]!.text)) return 0;
  let cells = 0;
  for (; index < lines.length && !isBlank(lines[index]!.text); index += 1) {
    if (isTabLed(lines[index]!.text)) cells += 1;
  }
  return cells;
}

/** A row of one printed label in a table of three or more columns names the rows after it. */
function isCategoryRow(row: PrintedRow, headerWidth: number): boolean {
  const [only, ...rest] = row;
  return headerWidth >= 3 && only !== undefined && rest.length === 0 && only.lines.length > 0 && !isValueCell(cellText(only));
}

function rowWidthWarnings(row: PrintedRow, headerWidth: number): IngestWarning[] {
  if (row.length === headerWidth) return [];
  const outcome =
    row.length > headerWidth
      ? `${plural(row.length - headerWidth, 'extra cell')} kept as printed in added unnamed columns; no indicator is read from it`
      : `kept as printed and padded with ${plural(headerWidth - row.length, 'empty cell')}; no indicator is read from it`;
  return [
    {
      line: row[0]!.line,
      code: 'table-row-width',
      message: `row has ${row.length} cells, header has ${headerWidth}; ${outcome}`,
    },
  ];
}

function cellText(cell: PrintedCell): string {
  return collapseIdeographPadding(joinCellLines(cell.lines));
}

/** Pads a short row to `width`, a fresh filler per cell so no two cells share an array. */
function padCells<T>(cells: T[], width: number, makeFiller: () => T): T[] {
  return [...cells, ...Array.from({ length: width - cells.length }, makeFiller)];
}

/** The trimmed text of one line of a cell, as a list: empty when the line prints nothing. */
function printedText(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : [trimmed];
}

function isTabLed(text: string): boolean {
  return text.startsWith('\t');
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function describeLine(line: SourceLine | undefined): string {
  return line === undefined ? 'the end of input' : `line ${line.line} ${JSON.stringify(line.text)}`;
}
