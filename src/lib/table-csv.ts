/**
 * A table as CSV for spreadsheets (the project's one writer, `csv.ts`): the header is the first
 * row; merged cells are repeated in every row they cover, as in the open data. Cells are as printed,
 * except that one a spreadsheet would run as a formula is neutralised.
 */
import { toCsv } from './csv.ts';
import type { Table } from './plan-schema.ts';

export { CSV_BOM } from './csv.ts';

export function tableCsv(table: Pick<Table, 'header' | 'rows'>): string {
  return toCsv(table.header, table.rows);
}
