/**
 * Featured columns printed as a label line (`专栏2　科技前沿领域攻关`) and then their lines: where
 * such a box ends, and how its lines group into items. A box never holds a heading of the plan's
 * hierarchy, and never runs past a gap unless its own numbering carries on after it.
 */
import { readColumnHeading } from './featured-columns.ts';

/** Tells whether a line is a heading of the plan's hierarchy; the outline supplies it. */
export type IsHeadingLine = (text: string) => boolean;

/** What the box does with the next segment: take it, or end before it. */
export type ColumnStep = { readonly take: true } | { readonly take: false; readonly endedByHeading: boolean };

/** `01　新一代人工智能`: a two-digit item number, a space, a short name. */
const NUMBERED_NAME = /^(\d{1,2}|[①-⑳])[\s　]+(\S.{0,30})$/u;
/** `1.基础教育…`, `（二）…`, `2、…`: list numbers that carry an item sequence on. */
const LIST_NUMBER = /^(?:(\d{1,2})[.．、](?!\d)|[（(](\d{1,2})[）)])/u;
const CLAUSE_PUNCTUATION = /[。，；：！？,;:!?]/u;
const NAME_MAX_LENGTH = 25;

/**
 * Blank lines between the label and the first line are layout (白碱滩 prints two); after that a
 * blank line ends the box unless the line after it continues the box's numbering (`03` after
 * `02`) or opens with the bullet all its items open with (`●`). A table, another box, another
 * column label or a heading of the hierarchy ends it too.
 */
export function nextColumnStep(
  bodyLines: readonly string[],
  segment: { readonly kind: 'blank' } | { readonly kind: 'text'; readonly text: string } | { readonly kind: 'other' },
  nextText: string | null,
  isHeadingLine: IsHeadingLine,
): ColumnStep {
  if (segment.kind === 'other') return { take: false, endedByHeading: false };
  if (segment.kind === 'blank') {
    const continues =
      bodyLines.length === 0 || (nextText !== null && (continuesNumbering(bodyLines, nextText) || continuesBullets(bodyLines, nextText)));
    return continues ? { take: true } : { take: false, endedByHeading: false };
  }
  if (readColumnHeading(segment.text) !== null) return { take: false, endedByHeading: false };
  if (isHeadingLine(segment.text)) return { take: false, endedByHeading: true };
  return { take: true };
}

/** A bullet a box's items may open with (`●智慧校园建设…`); body paragraphs never do. */
const BULLET = /^[●○◆◇■□▲△•▪▶►★☆]/u;

/** The next line opens with the bullet every item of the box so far opened with. */
function continuesBullets(bodyLines: readonly string[], nextText: string): boolean {
  const bullet = BULLET.exec(nextText)?.[0];
  return bullet !== undefined && bodyLines.length > 0 && bodyLines.every((line) => line.startsWith(bullet));
}

/** The next line carries on the last item number the box printed (`03` after `02`, `3.` after `2.`). */
function continuesNumbering(bodyLines: readonly string[], nextText: string): boolean {
  const next = itemNumber(nextText);
  if (next === null) return false;
  const last = bodyLines
    .map(itemNumber)
    .filter((number): number is number => number !== null)
    .at(-1);
  return last !== undefined && next === last + 1;
}

function itemNumber(text: string): number | null {
  const named = NUMBERED_NAME.exec(text);
  if (named && isName(named[2]!)) return ordinalOf(named[1]!);
  const listed = LIST_NUMBER.exec(text);
  return listed ? Number(listed[1] ?? listed[2]) : null;
}

function ordinalOf(marker: string): number {
  return /^\d+$/u.test(marker) ? Number(marker) : marker.codePointAt(0)! - 0x2460 + 1;
}

/**
 * A box's lines as items: a name line (`01　新一代人工智能`, or a short line without clause
 * punctuation) and the description lines after it are one item, name and description kept apart
 * by a line feed; any other line is an item of its own, as each printed line is a paragraph.
 */
export function groupColumnItems(lines: readonly string[]): string[] {
  const items: string[][] = [];
  let named: string[] | null = null;
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (isNameLine(line) && next !== undefined && !isNameLine(next)) {
      named = [line];
      items.push(named);
    } else if (named !== null && !isNameLine(line)) {
      named.push(line);
    } else {
      named = null;
      items.push([line]);
    }
  });
  return items.map((parts) => parts.join('\n'));
}

function isNameLine(text: string): boolean {
  const numbered = NUMBERED_NAME.exec(text);
  return numbered ? isName(numbered[2]!) : isName(text);
}

function isName(text: string): boolean {
  return text.length <= NAME_MAX_LENGTH && !CLAUSE_PUNCTUATION.test(text) && !text.includes('→');
}
