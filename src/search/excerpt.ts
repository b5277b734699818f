/** A short passage around the first match, as HTML: the text escaped, every match in `<mark>`. */
import type { TextRange } from './fold.ts';

/** Characters shown before the first match, so it reads in context. */
const CONTEXT_BEFORE = 24;
const ELLIPSIS = '…';
/** Characters of a number or a Latin word, which an excerpt should not start inside. */
const WORD_PART = /[0-9A-Za-z.]/;
const LONGEST_WORD_PART = 12;

export function excerptHtml(text: string, matches: readonly TextRange[], length = 90): string {
  const first = matches[0];
  let start = first ? Math.max(0, first.start - CONTEXT_BEFORE) : 0;
  let end = Math.min(text.length, Math.max(start + length, first?.end ?? 0));
  start = Math.max(0, Math.min(start, end - length));
  for (let i = 0; i < LONGEST_WORD_PART && start > 0 && WORD_PART.test(text[start - 1]!) && WORD_PART.test(text[start]!); i++) start--;
  while (start < (first?.start ?? 0) && /\s/.test(text[start]!)) start++;
  // Never cut a character outside the Basic Multilingual Plane in half.
  if (isLowSurrogate(text, start)) start--;
  if (isLowSurrogate(text, end)) end++;

  let html = start > 0 ? ELLIPSIS : '';
  let at = start;
  for (const match of matches) {
    if (match.start < at || match.end > end) continue;
    html += `${escapeHtml(text.slice(at, match.start))}<mark>${escapeHtml(text.slice(match.start, match.end))}</mark>`;
    at = match.end;
  }
  html += escapeHtml(text.slice(at, end));
  return end < text.length ? html + ELLIPSIS : html;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}
