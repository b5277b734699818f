/**
 * Columns whose every body cell is empty (the 序号 column of 现代化's task list, which the export
 * left blank): not drawn, since an empty column only costs a phone its width. The cells stay in
 * the page (class `blank`, not displayed), so the table still holds everything plan.json holds.
 */
import type { Table } from './plan-schema.ts';

export function emptyColumns(table: Pick<Table, 'header' | 'rows'>): Set<number> {
  if (table.rows.length === 0) return new Set();
  return new Set(table.header.flatMap((_, col) => (table.rows.every((row) => (row[col] ?? '').trim() === '') ? [col] : [])));
}
