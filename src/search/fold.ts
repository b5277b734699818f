/**
 * How search compares text, the way a reader's Ctrl+F should: whitespace is ignored, the
 * full-width forms of ASCII (`９９．５４％`, `（一）`) read as their half-width twins, and, once
 * the site's variant table is installed (`setVariants`), a traditional or simplified character
 * the corpus never uses reads as its other form that it does (`義` as `义`; in a traditional plan
 * `义` as `義`). Characters of the corpus are never changed, so what a page shows is what it indexed.
 * Case and punctuation variants stay distinct.
 */

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
/** Distance from a full-width ASCII form (U+FF01–U+FF5E) to its ASCII twin. */
const FULL_WIDTH_OFFSET = 0xfee0;
const WHITESPACE = /\s/;

/** Absent character → its variant present in the corpus; empty until installed. */
let variants = new Map<string, string>();

/** Installs the site's variant table: pairs of characters, `義义務务…` (from `variantTable`). */
export function setVariants(table: string): void {
  variants = new Map();
  for (let i = 0; i + 1 < table.length; i += 2) variants.set(table[i]!, table[i + 1]!);
}

/** One UTF-16 unit folded: '' for whitespace, the half-width twin of a full-width form, the corpus's form of a variant, else itself. */
export function foldUnit(unit: string): string {
  if (WHITESPACE.test(unit)) return '';
  const code = unit.charCodeAt(0);
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  return variants.get(unit) ?? unit;
}

export function fold(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += foldUnit(text[i]!);
  return folded;
}

/** A text folded, with where each folded unit came from, to map matches back onto the original. */
export interface FoldedText {
  folded: string;
  /** `origins[j]` is the index in the original text of folded unit j. */
  origins: number[];
}

export function foldTracked(text: string): FoldedText {
  let folded = '';
  const origins: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = foldUnit(text[i]!);
    if (!unit) continue;
    folded += unit;
    origins.push(i);
  }
  return { folded, origins };
}

/** A match as offsets into the original text, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where the query occurs in the text, folded, left to right without overlaps. A match spans
 * from its first to its last matched character, so the whitespace inside it belongs to it.
 */
export function findMatches(text: string, query: string): TextRange[] {
  return matchesIn(foldTracked(text), query);
}

/** As findMatches, in a text folded once for many queries. */
export function matchesIn({ folded, origins }: FoldedText, query: string): TextRange[] {
  const needle = fold(query);
  if (!needle) return [];
  const ranges: TextRange[] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    ranges.push({ start: origins[at]!, end: origins[at + needle.length - 1]! + 1 });
  }
  return ranges;
}

/** Whether the text contains the query, folded: the test every search result must pass. */
export function containsFolded(text: string, query: string): boolean {
  const needle = fold(query);
  return needle !== '' && fold(text).includes(needle);
}
