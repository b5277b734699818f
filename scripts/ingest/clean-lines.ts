/**
 * Step 2, clean: split decoded text into numbered lines, without Word's bookmark markers and
 * without layout whitespace. A leading tab is kept: it is how the export marks a table cell.
 */
import { collapseIdeographPadding, collapseIdeographSpacingRuns, isIdeograph } from './ideograph-spacing.ts';
import type { SourceLine } from './source-line.ts';

const BOOKMARK = /\[bookmark: [^\]\n]*\]/gu;
/** Spaces that carry no meaning in an export: no-break, ideographic, zero-width, BOM. */
const ODD_SPACE = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/gu;

export function cleanLines(text: string): SourceLine[] {
  const lines = text.split('\n').map((raw, index): SourceLine => ({ line: index + 1, text: cleanLine(raw) }));
  while (lines.length > 0 && lines[lines.length - 1]!.text === '') lines.pop();
  return lines;
}

export function cleanLine(raw: string): string {
  const unmarked = raw.replace(BOOKMARK, '');
  if (/^[ \u3000]*\t/u.test(unmarked)) return `\t${collapseIdeographPadding(unmarked.replace(ODD_SPACE, ' ').trim())}`;
  // An ideographic space between two phrases is kept as printed; elsewhere it is layout, like the others.
  const between = (text: string, at: number) => isIdeograph(text[at - 1]) && isIdeograph(text[at + 1]);
  return collapseIdeographSpacingRuns(unmarked.trim())
    .replace(ODD_SPACE, (space, at: number, text: string) => (space === '\u3000' && between(text, at) ? space : ' '))
    .trim();
}

/** True for a line that begins a table cell in a tab-led export. */
export function isCellLine(line: SourceLine): boolean {
  return line.text.startsWith('\t');
}
