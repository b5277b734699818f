/**
 * Step 2, clean: split decoded text into numbered lines, without Word's bookmark markers and
 * without layout whitespace. A leading tab is kept: it is how the export marks a table cell.
 */
import type { SourceLine } from './source-line.ts';

const BOOKMARK = /\[bookmark: [^\]\n]*\]/gu;
/** Spaces that carry no meaning in an export: no-break, ideographic, zero-width, BOM. */
const ODD_SPACE = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/gu;
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Spacing between two ideographs is typesetting (`指    标`, `属  性`), not text. */
const SPACE_BETWEEN_IDEOGRAPHS = new RegExp(`(?<=[${CJK}])[ \\t]+(?=[${CJK}])`, 'gu');

export function cleanLines(text: string): SourceLine[] {
  const lines = text.split('\n').map((raw, index): SourceLine => ({ line: index + 1, text: cleanLine(raw) }));
  while (lines.length > 0 && lines[lines.length - 1]!.text === '') lines.pop();
  return lines;
}

export function cleanLine(raw: string): string {
  const text = raw.replace(BOOKMARK, '').replace(ODD_SPACE, ' ');
  const isCell = /^[ ]*\t/u.test(text);
  const body = text.trim().replace(SPACE_BETWEEN_IDEOGRAPHS, '');
  return isCell ? `\t${body}` : body;
}

/** True for a line that begins a table cell in a tab-led export. */
export function isCellLine(line: SourceLine): boolean {
  return line.text.startsWith('\t');
}
