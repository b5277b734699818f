/**
 * The per-character encoding that makes Pagefind agree with itself on Chinese: the index and
 * the query are both cut into one token per letter, digit or ideograph, so no word-boundary
 * guess is ever made. The index builder and the browser engine both use this module.
 *
 * Pagefind 1.6.0 keeps letters, numbers and connector punctuation in a word and drops every
 * other character from it (measured; see docs/search.md). So a punctuation mark or symbol rides
 * on the token before it, where Pagefind drops it without using up a word position, and `99.54%`
 * is the four consecutive words 9 9 5 4.
 */
import { foldUnit } from './fold.ts';

/** Characters Pagefind keeps in a word; each starts a token of its own. */
export const WORD_CHARACTER = /^[\p{L}\p{N}\p{Pc}]$/u;
/** Pagefind splits words at whitespace only. */
const TOKEN_SEPARATOR = ' ';
/**
 * Stands for a run of whitespace in the source text, so excerpts keep their spaces; WORD
 * JOINER is invisible, not whitespace, and dropped from words by Pagefind like punctuation.
 */
const SPACE_MARK = '\u2060';
const WHITESPACE = /^\s$/u;

/** The content to index for a text: one token per word character, separated by spaces. */
export function indexContent(text: string): string {
  const tokens: string[] = [];
  let leading = '';
  const attach = (characters: string) => {
    if (tokens.length === 0) leading += characters;
    else tokens[tokens.length - 1] += characters;
  };
  for (const character of text.trim()) {
    if (WORD_CHARACTER.test(character)) {
      // Full-width letters and digits are indexed as ASCII: Pagefind only lowercases.
      tokens.push(leading + foldUnit(character));
      leading = '';
    } else if (WHITESPACE.test(character)) {
      const last = tokens.length === 0 ? leading : tokens[tokens.length - 1]!;
      if (last !== '' && !last.endsWith(SPACE_MARK)) attach(SPACE_MARK);
    } else {
      attach(character);
    }
  }
  if (leading) tokens.push(leading);
  return tokens.join(TOKEN_SEPARATOR);
}

/** The text back from indexed content (as Pagefind returns it): readable, whitespace runs as one space. */
export function indexedText(content: string): string {
  return content.split(TOKEN_SEPARATOR).join('').replaceAll(SPACE_MARK, ' ');
}

/**
 * The Pagefind query for what a reader typed: its word characters, folded like the index, as an
 * exact (quoted) phrase of one-character words. Null when the query has no word character.
 */
export function exactQuery(query: string): string | null {
  const tokens = queryWords(query);
  return tokens.length ? phrase(tokens) : null;
}

/** The index's words for what a reader typed: its word characters, folded like the index, a combining mark with its letter. */
export function queryWords(query: string): string[] {
  const tokens: string[] = [];
  for (const character of query) {
    const folded = character.length === 1 ? foldUnit(character) : character;
    if (WORD_CHARACTER.test(folded)) tokens.push(folded);
    else if (/^\p{M}$/u.test(folded) && tokens.length) tokens[tokens.length - 1] += folded;
  }
  return tokens;
}

/** Words as Pagefind's exact phrase: quoted, at consecutive positions. */
export function phrase(words: readonly string[]): string {
  return `"${words.join(TOKEN_SEPARATOR)}"`;
}
