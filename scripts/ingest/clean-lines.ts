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
/** In running text, one space between two phrases is the writer's (`坚持创新驱动发展　全面塑造发展新优势`); only wider runs are typesetting. */
const SPACING_RUN_BETWEEN_IDEOGRAPHS = new RegExp(`(?<=[${CJK}])[ \\t\\u3000]{2,}(?=[${CJK}])`, 'gu');
const IDEOGRAPH = new RegExp(`[${CJK}]`, 'u');

export function cleanLines(text: string): SourceLine[] {
  const lines = text.split('\n').map((raw, index): SourceLine => ({ line: index + 1, text: cleanLine(raw) }));
  while (lines.length > 0 && lines[lines.length - 1]!.text === '') lines.pop();
  return lines;
}

export function cleanLine(raw: string): string {
  const unmarked = raw.replace(BOOKMARK, '');
  if (/^[ \u3000]*\t/u.test(unmarked)) return `\t${unmarked.replace(ODD_SPACE, ' ').trim().replace(SPACE_BETWEEN_IDEOGRAPHS, '')}`;
  // An ideographic space between two phrases is kept as printed; elsewhere it is layout, like the others.
  const between = (text: string, at: number) => IDEOGRAPH.test(text[at - 1] ?? '') && IDEOGRAPH.test(text[at + 1] ?? '');
  return unmarked
    .trim()
    .replace(SPACING_RUN_BETWEEN_IDEOGRAPHS, '')
    .replace(ODD_SPACE, (space, at: number, text: string) => (space === '\u3000' && between(text, at) ? space : ' '))
    .trim();
}

/** True for a line that begins a table cell in a tab-led export. */
export function isCellLine(line: SourceLine): boolean {
  return line.text.startsWith('\t');
}
