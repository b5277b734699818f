/**
 * What to try when a query finds nothing: fewer characters (the query's first half, which a
 * longer phrase may have run past), the other script, and the indicator explorer for numbers
 * and indicator names. Pure; the views draw it.
 */
import { INDICATORS_PATH, SEARCH_PATH } from '../lib/paths.ts';
import { fold } from './fold.ts';
import { QUERY_PARAM } from './search-paths.ts';

export interface Hint {
  text: string;
  /** Where the hint leads, or null for advice alone. */
  href: string | null;
}

/** The first half of the query (at least two characters), or null when it is already that short. */
export function shorterQuery(query: string): string | null {
  const characters = [...fold(query)];
  if (characters.length <= 2) return null;
  return characters.slice(0, Math.max(2, Math.ceil(characters.length / 2))).join('');
}

export function noResultsHints(query: string): Hint[] {
  const shorter = shorterQuery(query);
  return [
    ...(shorter ? [{ text: `少用几个字：搜索“${shorter}”`, href: `${SEARCH_PATH}?${QUERY_PARAM}=${encodeURIComponent(shorter)}` }] : []),
    { text: '换用简体字或繁体字再试', href: null },
    { text: '找指标或数值：看指标对照', href: INDICATORS_PATH },
  ];
}
