/**
 * The variant table the browser folds queries with: for each character the corpus never uses,
 * its simplified or traditional form that the corpus does use (`義义`, `務务`). Only pairs whose
 * target is in the corpus are kept, so the table is a few kilobytes, not a dictionary.
 */

import { WORD_CHARACTER } from './tokens.ts';

/**
 * `pairs` are both directions of a dictionary's traditional ↔ simplified mappings, in the
 * dictionary's order; the first pair whose source is absent from the corpus and whose target is
 * present wins. Characters outside the Basic Multilingual Plane are left out (the table is read
 * two UTF-16 units at a time), and so are pairs that are not letters (the engine looks a query up
 * before loading the table, which can then change only a letter no key of the index holds).
 */
export function variantTable(pairs: Iterable<readonly [string, string]>, corpus: ReadonlySet<string>): string {
  const chosen = new Map<string, string>();
  for (const [from, to] of pairs) {
    if (from.length !== 1 || to.length !== 1 || from === to || !WORD_CHARACTER.test(from) || !WORD_CHARACTER.test(to)) continue;
    if (corpus.has(from) || !corpus.has(to) || chosen.has(from)) continue;
    chosen.set(from, to);
  }
  return [...chosen].map(([from, to]) => from + to).join('');
}

/** Both directions of every mapping in an OpenCC dictionary text: `"義 义|發 发|…"`, a line's further candidates included. */
export function openccPairs(dictionary: string): [string, string][] {
  return dictionary.split('|').flatMap((entry) => {
    const [from, ...to] = entry.split(' ');
    return from
      ? to.flatMap((target): [string, string][] => [
          [from, target],
          [target, from],
        ])
      : [];
  });
}
