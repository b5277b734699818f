/**
 * A table as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel and WPS read the Chinese
 * correctly), CRLF line ends and RFC 4180 quoting. The header is the first row; merged cells are
 * repeated in every row they cover, as in the open data. Cells are exactly as printed.
 */
import type { Table } from './plan-schema.ts';

export const CSV_BOM = '\uFEFF';

export function tableCsv(table: Pick<Table, 'header' | 'rows'>): string {
  return CSV_BOM + [table.header, ...table.rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A field is quoted when it holds a comma, quote or line break, or starts or ends with a space a reader would lose. */
function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
