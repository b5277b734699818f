/**
 * Checking search candidates a page at a time: the first screen of results needs only the
 * fragments of the candidates checked for it, not every candidate's.
 *
 * Candidates are checked in an order that depends only on each candidate (its match count, then
 * its fragment id), never on Pagefind's score: the score's statistics differ between one index and
 * the same records in merged shards, so this order is what keeps paged results identical across them.
 */

/** What the paging needs of a Pagefind result: its fragment id and the word positions it matched. */
export interface Candidate {
  id: string;
  words: readonly number[];
}

/** One page of checked results, and how far the checking has got. */
export interface ResultPage<R> {
  /** This page's results, ranked among themselves. */
  results: R[];
  /** Candidates checked so far, over all pages. */
  checked: number;
  /** Pagefind's candidates for the query: every result is one of them, not every one is a result. */
  candidates: number;
  /** Results found so far, over all pages. */
  found: number;
  /**
   * How many results there are: exact once `done`, before that an estimate (results found per
   * candidate checked, times the candidates), never below `found` nor above `candidates`.
   */
  total: number;
  /** True when every candidate has been checked: `total` is exact and no page follows. */
  done: boolean;
}

/** The candidates in checking order: more matched positions first, then by fragment id. */
export function checkingOrder<C extends Candidate>(candidates: readonly C[]): C[] {
  return [...candidates].sort((a, b) => b.words.length - a.words.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Pages of `pageSize` results: candidates are checked `pageSize` at a time (one batch of
 * fragment requests in parallel) until the page is full or none is left. A page holds the next
 * results in checking order, ranked among themselves by `rank`.
 */
export async function* checkInPages<C extends Candidate, R>(
  candidates: readonly C[],
  check: (batch: C[]) => Promise<(R | null)[]>,
  rank: (a: R, b: R) => number,
  pageSize: number,
): AsyncGenerator<ResultPage<R>> {
  const ordered = checkingOrder(candidates);
  let checked = 0;
  let found = 0;
  const waiting: R[] = [];
  for (;;) {
    while (waiting.length < pageSize && checked < ordered.length) {
      const batch = ordered.slice(checked, checked + pageSize);
      const results = await check(batch);
      checked += batch.length;
      for (const result of results) if (result !== null) waiting.push(result);
    }
    const results = waiting.splice(0, pageSize).sort(rank);
    found += results.length;
    const done = checked === ordered.length && waiting.length === 0;
    yield {
      results,
      checked,
      candidates: ordered.length,
      found,
      total: estimateTotal(found + waiting.length, checked, ordered.length),
      done,
    };
    if (done) return;
  }
}

/** Results among all candidates, extrapolated from those checked; exact when all are. */
export function estimateTotal(found: number, checked: number, candidates: number): number {
  if (checked === 0) return candidates;
  return Math.max(found, Math.min(candidates, Math.round((found / checked) * candidates)));
}
