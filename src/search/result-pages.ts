/**
 * Checking search candidates a page at a time: the first screen of results needs only the
 * records of the candidates checked for it, not every candidate's.
 *
 * Candidates come in the first-page index's order (./quick-index.ts: more occurrences of the
 * query's rarest key first, then reading order), which depends only on the records, so the pages
 * are the same over one index and over shards merged (scripts/search/merge-index.ts).
 */

/** Candidates in checking order, taken a batch at a time (a later batch may need a fetch). */
export interface CandidateStream<C> {
  /** How many candidates there are in all: every result is one of them, not every one is a result. */
  readonly total: number;
  /** The next `count` candidates, fewer at the end, none when all have been taken. */
  take(count: number): Promise<C[]>;
}

/** One page of checked results, and how far the checking has got. */
export interface ResultPage<R> {
  /** This page's results, ranked among themselves. */
  results: R[];
  /** Candidates checked so far, over all pages. */
  checked: number;
  /** The candidates for the query: every result is one of them, not every one is a result. */
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

/** A stream over candidates already in checking order. */
export function streamOf<C>(candidates: readonly C[]): CandidateStream<C> {
  let taken = 0;
  return {
    total: candidates.length,
    take: async (count) => candidates.slice(taken, (taken += count)),
  };
}

/**
 * Pages of `pageSize` results: candidates are checked `pageSize` at a time (one batch of
 * record requests in parallel) until the page is full or none is left. A page holds the next
 * results in checking order, ranked among themselves by `rank`.
 */
export async function* checkInPages<C, R>(
  candidates: CandidateStream<C>,
  check: (batch: C[]) => Promise<(R | null)[]>,
  rank: (a: R, b: R) => number,
  pageSize: number,
): AsyncGenerator<ResultPage<R>> {
  let checked = 0;
  let found = 0;
  let exhausted = candidates.total === 0;
  const waiting: R[] = [];
  for (;;) {
    while (waiting.length < pageSize && !exhausted) {
      const batch = await candidates.take(pageSize);
      exhausted = batch.length < pageSize || checked + batch.length >= candidates.total;
      const results = batch.length ? await check(batch) : [];
      checked += batch.length;
      for (const result of results) if (result !== null) waiting.push(result);
    }
    const results = waiting.splice(0, pageSize).sort(rank);
    found += results.length;
    const done = exhausted && waiting.length === 0;
    yield {
      results,
      checked,
      candidates: candidates.total,
      found,
      total: done ? found : estimateTotal(found + waiting.length, checked, candidates.total),
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
