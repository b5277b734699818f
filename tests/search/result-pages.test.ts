import { describe, expect, test } from 'vitest';
import { searchRecords, type SearchRecord } from '../../scripts/search/search-records.ts';
import { checkInPages, estimateTotal, streamOf, type CandidateStream, type ResultPage } from '../../src/search/result-pages.ts';
import { findMatches, fold } from '../../src/search/fold.ts';
import { realPlans } from './real-plans.ts';

const records = realPlans().flatMap(searchRecords);

/** Candidates as an index of characters would give them: every record holding each of the query's characters, a superset of the matches. */
function candidatesOf(query: string): SearchRecord[] {
  const characters = [...fold(query)];
  return records.filter((record) => characters.every((character) => fold(record.text).includes(character)));
}

interface Found {
  url: string;
  matches: number;
}

const byMatches = (a: Found, b: Found) => b.matches - a.matches;

function checker(query: string, checked: SearchRecord[] = []) {
  return async (batch: SearchRecord[]) =>
    batch.map((record) => {
      checked.push(record);
      const matches = findMatches(record.text, query).length;
      return matches ? { url: record.url, matches } : null;
    });
}

async function allPages(candidates: CandidateStream<SearchRecord>, query: string, pageSize: number): Promise<ResultPage<Found>[]> {
  const pages: ResultPage<Found>[] = [];
  for await (const page of checkInPages(candidates, checker(query), byMatches, pageSize)) pages.push(page);
  return pages;
}

describe('checkInPages: search results a page at a time', () => {
  test('the pages hold every real match once, each page full but the last, and the last says done', async () => {
    const candidates = candidatesOf('学前教育');
    const pages = await allPages(streamOf(candidates), '学前教育', 10);
    const urls = pages.flatMap((page) => page.results.map((result) => result.url));
    const expected = records.filter((record) => findMatches(record.text, '学前教育').length > 0).map((record) => record.url);
    expect(expected.length).toBeLessThan(candidates.length);
    expect(urls.toSorted()).toEqual(expected.toSorted());
    expect(pages.slice(0, -1).every((page) => page.results.length === 10 && !page.done)).toBe(true);
    const last = pages.at(-1)!;
    expect(last).toMatchObject({ done: true, total: expected.length, found: expected.length, checked: candidates.length });
  });

  test('the first page checks only the candidates it needs, and estimates the rest', async () => {
    const candidates = candidatesOf('教');
    const checked: SearchRecord[] = [];
    const first = (await checkInPages(streamOf(candidates), checker('教', checked), byMatches, 10).next()).value!;
    expect(first.results).toHaveLength(10);
    expect(checked.length).toBeLessThan(candidates.length / 5);
    expect(first.done).toBe(false);
    expect(first.total).toBeGreaterThanOrEqual(10);
    expect(first.total).toBeLessThanOrEqual(candidates.length);
  });

  test('takes candidates a batch at a time, so a stream can fetch its later ones only when a page needs them', async () => {
    const candidates = candidatesOf('双减');
    const taken: number[] = [];
    let at = 0;
    const stream: CandidateStream<SearchRecord> = {
      total: candidates.length,
      take: async (count) => (taken.push(count), candidates.slice(at, (at += count))),
    };
    const pages = await allPages(stream, '双减', 2);
    expect(taken.every((count) => count === 2)).toBe(true);
    expect(pages.flatMap((page) => page.results)).toHaveLength(records.filter((record) => record.text.includes('双减')).length);
    expect(pages.at(-1)!.done).toBe(true);
  });

  test('no candidate: one empty page, done', async () => {
    expect(await allPages(streamOf([]), '量子计算', 10)).toEqual([
      { results: [], checked: 0, candidates: 0, found: 0, total: 0, done: true },
    ]);
  });
});

describe('estimateTotal', () => {
  test('extrapolates from the candidates checked, within what is possible', () => {
    expect(estimateTotal(5, 10, 100)).toBe(50);
    expect(estimateTotal(10, 10, 100)).toBe(100);
    expect(estimateTotal(12, 100, 100)).toBe(12);
    expect(estimateTotal(0, 0, 40)).toBe(40);
  });
});
