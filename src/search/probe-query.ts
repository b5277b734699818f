/**
 * The Pagefind query a first page of results is found with: of a longer query, only its two
 * adjacent characters that are rarest in the corpus, as an exact phrase. Every place holding the
 * whole query holds that pair, so the candidates lose nothing, and each candidate is checked
 * against the whole query anyway; the index is asked for two characters' chunks instead of one
 * per character, in every index shard.
 */
import { phrase, queryWords } from './tokens.ts';

/** Characters the corpus uses most, most frequent first, as /search/frequent.txt lists them. */
let frequent = new Map<string, number>();

/** Installs the frequency list (one character a line, most frequent first); '' installs none. */
export function setFrequentCharacters(list: string): void {
  const characters = list.split('\n').filter(Boolean);
  frequent = new Map(characters.map((character, rank) => [character, characters.length - rank]));
}

/** The exact phrase of the query's rarest adjacent pair of words, or of all its words when it has two or fewer; null when it has none. */
export function probeQuery(query: string): string | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  if (words.length <= 2) return phrase(words);
  const commonness = (word: string) => frequent.get(word) ?? 0;
  let best = 0;
  for (let at = 1; at < words.length - 1; at++) {
    if (commonness(words[at]!) + commonness(words[at + 1]!) < commonness(words[best]!) + commonness(words[best + 1]!)) best = at;
  }
  return phrase(words.slice(best, best + 2));
}
