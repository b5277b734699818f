import type { Table } from './plan-schema.ts';

/** One body cell to render; cells covered by a row span above are left out of their row. */
export interface GridCell {
  text: string;
  /** The cell's column, for its header. */
  col: number;
  /** Rows the cell covers (1 unless merged). */
  rowSpan: number;
  /** True for the cells that name their row (`<th scope="row">`). */
  isRowHeader: boolean;
}

/**
 * The body of a table as HTML rows: merged cells (`spans`) become row spans, and the cells they
 * cover, which the open data fills with copies, are dropped.
 */
export function tableGrid(table: Pick<Table, 'kind' | 'rows' | 'spans'>): GridCell[][] {
  const spanAt = new Map(table.spans.map((span) => [cellKey(span.row, span.col), span.rowSpan]));
  const covered = new Set(
    table.spans.flatMap((span) => Array.from({ length: span.rowSpan - 1 }, (_, i) => cellKey(span.row + 1 + i, span.col))),
  );
  const lastHeader = lastRowHeaderColumn(table);
  return table.rows.map((row, r) =>
    row.flatMap((text, c) =>
      covered.has(cellKey(r, c)) ? [] : [{ text, col: c, rowSpan: spanAt.get(cellKey(r, c)) ?? 1, isRowHeader: c <= lastHeader }],
    ),
  );
}

/**
 * Rows are named by their leading merged columns (a category, a task) and, in an indicator
 * table, by the indicator's name after them; with no merged column, by the first column.
 */
function lastRowHeaderColumn(table: Pick<Table, 'kind' | 'spans'>): number {
  const spanned = new Set(table.spans.map((span) => span.col));
  let leading = 0;
  while (spanned.has(leading)) leading++;
  return table.kind === 'indicator' || leading === 0 ? leading : leading - 1;
}

function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

/** Cells longer than this on average make a column one of running text (a task list's measures). */
const LONG_TEXT = 30;

/** Columns of running text, which need a reading width of their own when the table scrolls on a phone. */
export function longTextColumns(table: Pick<Table, 'header' | 'rows'>): Set<number> {
  return new Set(
    table.header.flatMap((_, col) => {
      const lengths = table.rows.map((row) => [...(row[col] ?? '')].length);
      const mean = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length);
      return mean > LONG_TEXT ? [col] : [];
    }),
  );
}
