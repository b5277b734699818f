/**
 * Tables step, merged or empty: a text export prints a merged cell and a genuinely empty cell the
 * same way (a tab and nothing). Only the leading label columns that group rows (类别, 学段) are
 * filled from above, each fill recorded as a span; every other empty cell stays empty.
 */
import type { CellSpan } from '../../src/lib/plan-schema.ts';
import type { IngestWarning } from './source-line.ts';

/** One body cell as the export printed it: its tab line, and whether it printed any text. */
export interface PrintedCellSlot {
  readonly line: number;
  readonly printed: boolean;
}

/** Headers of columns that hold values or the row's own number: never filled from above. */
const VALUE_HEADER = /(?:19|20)\d{2}|年|值|目标|基[期准]|现状|预期|属性|增长|累计|单位|备注|比[例重率]|率|序号|编号|数量|规模/u;
/** A cell that states a value rather than a label: a number, a percentage, a dash for none. */
const VALUE_CELL = /^[>＞≥<＜≤〔[（(+-]*\s*\d[\d.,，%％‰万亿个人所]*[〕\]）)*]*$|^[—–\-－/]+$/u;

/**
 * The columns that may be filled from above: the leading label columns except the last one,
 * which names its row (a 类别 over a 指标 groups rows; the 指标 itself never repeats).
 */
export function findGroupingColumns(header: readonly string[], body: readonly (readonly string[])[]): number {
  return Math.max(0, countLabelColumns(header, body) - 1);
}

/** How many leading columns hold labels (类别, 指标) rather than values (years, 属性, 单位). */
export function countLabelColumns(header: readonly string[], body: readonly (readonly string[])[]): number {
  let labels = 0;
  while (
    labels < header.length &&
    isLabelColumn(
      header[labels]!,
      body.map((row) => row[labels] ?? ''),
    )
  )
    labels += 1;
  return labels;
}

/** A cell that states a value (`15`, `99.5%`, `>99`, `—`) rather than a label. */
export function isValueCell(text: string): boolean {
  return VALUE_CELL.test(text);
}

function isLabelColumn(header: string, cells: readonly string[]): boolean {
  if (VALUE_HEADER.test(header.replace(/\s+/gu, ''))) return false;
  const printed = cells.filter((cell) => cell !== '');
  const values = printed.filter((cell) => VALUE_CELL.test(cell)).length;
  return printed.length === 0 || values * 2 < printed.length;
}

/**
 * Fills an empty cell from the one above only in a grouping column, only where every grouping
 * column to its left was filled too (a group never outlives its parent) and the row prints
 * something; each fill extends a span. An empty cell under a printed one anywhere else is kept
 * empty and reported.
 */
export function fillMergedCells(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  slots: readonly (readonly (PrintedCellSlot | undefined)[])[],
): { rows: string[][]; spans: CellSpan[]; warnings: IngestWarning[] } {
  const grouping = findGroupingColumns(header, rows);
  const filled = rows.map((row) => [...row]);
  const spans: CellSpan[] = [];
  const warnings: IngestWarning[] = [];
  const open = new Map<number, CellSpan>();
  filled.forEach((row, r) => {
    const rowPrintsText = row.some((cell) => cell !== '');
    for (let col = 0; col < row.length; col += 1) {
      const slot = slots[r]?.[col];
      const above = filled[r - 1]?.[col] ?? '';
      const emptyUnderText = slot !== undefined && !slot.printed && above !== '';
      const parentFilled = col === 0 || open.has(col - 1);
      if (emptyUnderText && col < grouping && parentFilled && rowPrintsText) {
        row[col] = above;
        const span = open.get(col) ?? { row: r - 1, col, rowSpan: 1 };
        span.rowSpan += 1;
        open.set(col, span);
        continue;
      }
      const ended = open.get(col);
      if (ended) spans.push(ended);
      open.delete(col);
      if (emptyUnderText) {
        warnings.push({
          line: slot.line,
          code: 'table-cell-empty',
          message: `the cell under "${header[col] ?? `column ${col + 1}`}" is printed empty; kept empty, not filled from the row above ("${above.slice(0, 20)}")`,
        });
      }
    }
  });
  spans.push(...open.values());
  spans.sort((a, b) => a.row - b.row || a.col - b.col);
  return { rows: filled, spans, warnings };
}
