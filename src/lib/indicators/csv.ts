/** CSV as RFC 4180 writes it and spreadsheet programs read it. */

/** Byte order mark: tells Excel and LibreOffice that the file is UTF-8, so Chinese opens as Chinese. */
const BOM = '\uFEFF';

/** A header row and rows as CSV text: CRLF line ends, a field quoted when it holds `"`, `,` or a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function csvField(text: string): string {
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
