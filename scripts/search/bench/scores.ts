/** Recall and precision of a search against the ground truth, pooled over a set of queries. */
import { containsFolded } from '../../../src/search/fold.ts';
import type { SearchRecord } from '../search-records.ts';

/** The records a query must find: those whose indexed text contains it, whitespace and width folded. */
export function relevantUrls(records: readonly SearchRecord[], query: string): Set<string> {
  return new Set(records.filter((record) => containsFolded(record.text, query)).map((record) => record.url));
}

export interface Tally {
  queries: number;
  relevant: number;
  returned: number;
  /** Returned and relevant. */
  found: number;
}

export function emptyTally(): Tally {
  return { queries: 0, relevant: 0, returned: 0, found: 0 };
}

export function addQuery(tally: Tally, relevant: ReadonlySet<string>, returned: readonly string[]): void {
  const unique = new Set(returned);
  tally.queries += 1;
  tally.relevant += relevant.size;
  tally.returned += unique.size;
  tally.found += [...unique].filter((url) => relevant.has(url)).length;
}

/** Share of the relevant that was returned; 1 when nothing was relevant. */
export function recall(tally: Tally): number {
  return tally.relevant === 0 ? 1 : tally.found / tally.relevant;
}

/** Share of the returned that was relevant; 1 when nothing was returned. */
export function precision(tally: Tally): number {
  return tally.returned === 0 ? 1 : tally.found / tally.returned;
}

/** The page a record or result is on: its URL without the anchor. */
export function pageOf(url: string): string {
  return url.replace(/#.*$/, '');
}
