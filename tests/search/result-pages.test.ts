import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { searchRecords, type SearchRecord } from '../../scripts/search/search-records.ts';
import { splitByPlan } from '../../scripts/search/write-index.ts';
import { checkInPages, checkingOrder, estimateTotal, type Candidate, type ResultPage } from '../../src/search/result-pages.ts';
import { findMatches, fold } from '../../src/search/fold.ts';
import { realPlans } from './real-plans.ts';

const records = realPlans().flatMap(searchRecords);

interface Simulated extends Candidate {
  record: SearchRecord;
  /** Pagefind's score, which depends on the statistics of the index the record is in. */
  score: number;
}

/**
 * Pagefind's candidates for a query over some records, as its phrase search gives them: every
 * record holding each of the query's characters (a superset of the real matches, as Pagefind
 * ignores punctuation), its fragment id a hash of its content, scored by term frequency against
 * this index's average length (so the same record scores differently in another shard).
 */
function candidatesIn(index: SearchRecord[], query: string): Simulated[] {
  const characters = [...fold(query)];
  const averageLength = index.reduce((sum, record) => sum + record.text.length, 0) / index.length;
  return index
    .filter((record) => characters.every((character) => fold(record.text).includes(character)))
    .map((record) => {
      const words = findMatches(record.text, query).map((match) => match.start);
      return {
        id: createHash('sha1')
          .update(record.url + record.text)
          .digest('hex')
          .slice(0, 7),
        words,
        record,
        score: words.length / (record.text.length / averageLength + 1),
      };
    });
}

/** Pagefind's merged search: each shard's results, sorted together by score. */
function mergedCandidates(shards: SearchRecord[][], query: string): Simulated[] {
  return shards.flatMap((shard) => candidatesIn(shard, query)).sort((a, b) => b.score - a.score);
}

interface Found {
  url: string;
  matches: number;
}

const byMatches = (a: Found, b: Found) => b.matches - a.matches;

async function allPages(candidates: Simulated[], query: string, pageSize: number, fetched: string[] = []): Promise<ResultPage<Found>[]> {
  const check = async (batch: Simulated[]) =>
    batch.map(({ id, record }) => {
      fetched.push(id);
      const matches = findMatches(record.text, query).length;
      return matches ? { url: record.url, matches } : null;
    });
  const pages: ResultPage<Found>[] = [];
  for await (const page of checkInPages(candidates, check, byMatches, pageSize)) pages.push(page);
  return pages;
}

describe('checkInPages: search results a page at a time', () => {
  test('the pages hold every real match once, each page full but the last, and the last says done', async () => {
    const candidates = candidatesIn(records, '学前教育');
    const pages = await allPages(candidates, '学前教育', 10);
    const urls = pages.flatMap((page) => page.results.map((result) => result.url));
    const expected = records.filter((record) => findMatches(record.text, '学前教育').length > 0).map((record) => record.url);
    expect(urls.toSorted()).toEqual(expected.toSorted());
    expect(pages.slice(0, -1).every((page) => page.results.length === 10 && !page.done)).toBe(true);
    const last = pages.at(-1)!;
    expect(last.done).toBe(true);
    expect(last.total).toBe(expected.length);
    expect(last.checked).toBe(candidates.length);
  });

  test('the first page fetches only the fragments it needs, not every candidate', async () => {
    const candidates = candidatesIn(records, '教');
    const fetched: string[] = [];
    const check = async (batch: Simulated[]) =>
      batch.map(({ id, record }) => (fetched.push(id), findMatches(record.text, '教').length ? { url: record.url, matches: 1 } : null));
    const first = await checkInPages(candidates, check, byMatches, 10).next();
    expect(first.value!.results).toHaveLength(10);
    expect(fetched.length).toBeLessThan(candidates.length / 5);
    expect(first.value!.done).toBe(false);
    expect(first.value!.total).toBeGreaterThanOrEqual(10);
    expect(first.value!.total).toBeLessThanOrEqual(candidates.length);
  });

  test('checks more matches first, so the first page of a common phrase holds its densest places', async () => {
    const candidates = candidatesIn(records, '学前教育');
    const [first] = await allPages(candidates, '学前教育', 10);
    const most = Math.max(...candidates.map((candidate) => candidate.words.length));
    expect(first!.results[0]!.matches).toBe(most);
  });

  test.each(['学前教育', '教', '教师', '双减'])('gives the same pages over shards merged as over one index (%s)', async (query) => {
    const largestPlan = Math.max(...realPlans().map((plan) => searchRecords(plan).length));
    const shards = splitByPlan(records, largestPlan + 1);
    expect(shards.length).toBeGreaterThan(1);
    const one = candidatesIn(records, query).sort((a, b) => b.score - a.score);
    const merged = mergedCandidates(shards, query);
    // Pagefind's own order differs between the two; the pages must not.
    expect(merged.map((candidate) => candidate.id)).not.toEqual(one.map((candidate) => candidate.id));
    expect(await allPages(merged, query, 10)).toEqual(await allPages(one, query, 10));
  });
});

describe('checkingOrder and estimateTotal', () => {
  test('order by matched positions, then by fragment id, whatever the order given', () => {
    const given = [
      { id: 'b', words: [1] },
      { id: 'c', words: [1, 5] },
      { id: 'a', words: [3] },
    ];
    expect(checkingOrder(given).map((candidate) => candidate.id)).toEqual(['c', 'a', 'b']);
    expect(checkingOrder(given.toReversed())).toEqual(checkingOrder(given));
  });

  test('extrapolates from the candidates checked, within what is possible', () => {
    expect(estimateTotal(5, 10, 100)).toBe(50);
    expect(estimateTotal(10, 10, 100)).toBe(100);
    expect(estimateTotal(12, 100, 100)).toBe(12);
    expect(estimateTotal(0, 0, 40)).toBe(40);
  });
});
