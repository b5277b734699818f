/**
 * The project's one CSV writer, for every CSV the site publishes: RFC 4180 as spreadsheet programs
 * read it, and no cell a spreadsheet would run as a formula.
 */

/** Byte order mark: tells Excel, WPS and LibreOffice that the file is UTF-8, so Chinese opens as Chinese. */
export const CSV_BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/u;
/** A plain number (`-0.3`, `+5`, `-12%`) is data, not a formula: it stays a number. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)%?$/u;

/** A header row and rows as CSV text: CRLF line ends, every line ended. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return CSV_BOM + [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * One field: neutralised, then quoted when it holds a quote, comma or line break, or starts or
 * ends with a space a reader would lose.
 */
export function csvField(text: string): string {
  const safe = neutraliseFormula(text);
  return /[",\r\n]|^\s|\s$/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** OWASP's advice: a cell that would start a formula is prefixed with `'`, which spreadsheets show as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
