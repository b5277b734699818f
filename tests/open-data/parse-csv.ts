/** Reads the CSV the site writes (RFC 4180, CRLF after every record, BOM removed by the caller) with csv-parse. */
import { parse } from 'csv-parse/sync';

export function parseCsv(text: string): string[][] {
  if (text !== '' && !text.endsWith('\r\n')) throw new Error(`CSV ends without CRLF after: ${JSON.stringify(text.slice(-40))}`);
  // Every record the same width, and only CRLF ends one: a bare LF stays inside its field.
  return parse(text, { record_delimiter: '\r\n', bom: false }) as string[][];
}
