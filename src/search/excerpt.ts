/** A short passage around the first match, as HTML: the text escaped, every match in `<mark>`. */
import type { TextRange } from './fold.ts';

/** Characters shown before the first match, so it reads in context. */
const CONTEXT_BEFORE = 24;
const ELLIPSIS = '…';
/** Characters of a number or a Latin word, which an excerpt should not start inside. */
const WORD_PART = /[0-9A-Za-z.]/;
const LONGEST_WORD_PART = 12;
/** Characters an excerpt shows, unless its first match is longer. */
export const EXCERPT_LENGTH = 90;

/** The passage an excerpt shows, cut out of its text: whether the text goes on before and after it. */
export interface ExcerptWindow {
  text: string;
  before: boolean;
  after: boolean;
}

export function excerptHtml(text: string, matches: readonly TextRange[], length = EXCERPT_LENGTH): string {
  const { start, end } = excerptRange(text, matches[0], length);
  const window = { text: text.slice(start, end), before: start > 0, after: end < text.length };
  // Matches outside the passage, or running past its end, are not marked.
  const inside = matches
    .filter((match) => match.start >= start && match.end <= end)
    .map((match) => ({ start: match.start - start, end: match.end - start }));
  return windowHtml(window, inside);
}

/** The passage the excerpt of a text whose first match is `first` shows. */
export function excerptWindow(text: string, first: TextRange | undefined, length = EXCERPT_LENGTH): ExcerptWindow {
  const { start, end } = excerptRange(text, first, length);
  return { text: text.slice(start, end), before: start > 0, after: end < text.length };
}

/** A passage as HTML, `matches` (offsets into the passage, left to right) marked. */
export function windowHtml({ text, before, after }: ExcerptWindow, matches: readonly TextRange[]): string {
  let html = before ? ELLIPSIS : '';
  let at = 0;
  for (const match of matches) {
    if (match.start < at) continue;
    html += `${escapeHtml(text.slice(at, match.start))}<mark>${escapeHtml(text.slice(match.start, match.end))}</mark>`;
    at = match.end;
  }
  html += escapeHtml(text.slice(at));
  return after ? html + ELLIPSIS : html;
}

function excerptRange(text: string, first: TextRange | undefined, length: number): { start: number; end: number } {
  let start = first ? Math.max(0, first.start - CONTEXT_BEFORE) : 0;
  let end = Math.min(text.length, Math.max(start + length, first?.end ?? 0));
  start = Math.max(0, Math.min(start, end - length));
  for (let i = 0; i < LONGEST_WORD_PART && start > 0 && WORD_PART.test(text[start - 1]!) && WORD_PART.test(text[start]!); i++) start--;
  while (start < (first?.start ?? 0) && /\s/.test(text[start]!)) start++;
  // Never cut a character outside the Basic Multilingual Plane in half.
  if (isLowSurrogate(text, start)) start--;
  if (isLowSurrogate(text, end)) end++;
  return { start, end };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}
