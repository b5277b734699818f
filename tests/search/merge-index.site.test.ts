/**
 * Search over shards merged by scripts/search/merge-index.ts, in Chromium: the real plans indexed
 * as one site and as three shards (plans interleaved, so that renumbering matters), merged; the
 * engine must give the same results, in the same order, page by page, on both.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { mergeSearchIndexes } from '../../scripts/search/merge-index.ts';
import { searchRecords } from '../../scripts/search/search-records.ts';
import { writeSearch } from '../../scripts/search/write-search.ts';
import { readPlans } from '../../scripts/site/read-plans.ts';
import type { ResultPage, SearchResult } from '../../src/search/engine.ts';
import { openSite, placeOf } from '../site/browser-site.ts';

const plans = readPlans(inject('plansSite').contentDir);
const records = plans.flatMap(searchRecords);
const root = mkdtempSync(join(tmpdir(), 'planpress-merge-'));
const oneSite = join(root, 'one');
const mergedSite = join(root, 'merged');

/** What a query gives: every result of search(), and every page of searchPages(), with URLs made site-relative. */
interface Answers {
  all: SearchResult[];
  pages: ResultPage<SearchResult>[];
}

const QUERIES: [query: string, filters: Record<string, unknown>][] = [
  ['学前教育', {}],
  ['教', {}],
  ['双减', {}],
  ['99.54%', {}],
  ['（一）', {}],
  ['義務教育', {}],
  ['——', {}],
  ['量子计算', {}],
  ['教育', { kind: '专栏' }],
];

async function answers(site: string): Promise<Answers[]> {
  writeFileSync(join(site, 'index.html'), '<!doctype html><meta charset="utf-8"><title>search</title>');
  const browser = await openSite(site);
  try {
    await browser.page.goto(browser.url('/'));
    const answered = (await browser.page.evaluate(`import('/search/engine.js').then(async (engine) => {
      const answers = [];
      for (const [query, filters] of ${JSON.stringify(QUERIES)}) {
        const pages = [];
        for await (const page of engine.searchPages(query, { pageSize: 7, filters })) pages.push(page);
        answers.push({ all: await engine.search(query, { filters }), pages });
      }
      return answers;
    })`)) as Answers[];
    const relative = (result: SearchResult) => ({ ...result, url: placeOf(result.url), planUrl: placeOf(result.planUrl) });
    return answered.map(({ all, pages }) => ({
      all: all.map(relative),
      pages: pages.map((page) => ({ ...page, results: page.results.map(relative) })),
    }));
  } finally {
    await browser.close();
  }
}

let one: Answers[];
let merged: Answers[];

beforeAll(async () => {
  await writeSearch(records, oneSite);
  // Three shards, plans dealt round, so that a shard's records are not a run of the site's.
  const shards = [0, 1, 2].map((shard) => {
    const site = join(root, `shard-${shard}`);
    return { site, records: plans.filter((_, i) => i % 3 === shard).flatMap(searchRecords) };
  });
  for (const shard of shards) await writeSearch(shard.records, shard.site);
  await mergeSearchIndexes(
    shards.map((shard) => shard.site),
    mergedSite,
  );
  one = await answers(oneSite);
  merged = await answers(mergedSite);
}, 240_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('search over shards merged', () => {
  test('the merged site searches every shard’s Pagefind bundle', () => {
    expect(readdirSync(join(mergedSite, 'search')).filter((name) => name.startsWith('pagefind'))).toEqual([
      'pagefind',
      'pagefind-1',
      'pagefind-2',
    ]);
  });

  test('the shards are left as they were (the merged site links their files)', () => {
    for (const shard of [0, 1, 2]) {
      expect(readFileSync(join(root, `shard-${shard}`, 'search/pagefind/shards.json'), 'utf8')).toBe('[]\n');
    }
  });

  test.each(QUERIES.map(([query, filters], at) => [query, JSON.stringify(filters), at] as const))(
    '%s %s: the same results in the same order, page by page, as one index',
    (query, _, at) => {
      expect(one[at]!.all.length > 0).toBe(query !== '量子计算');
      expect(merged[at]!.all).toEqual(one[at]!.all);
      expect(merged[at]!.pages).toEqual(one[at]!.pages);
      expect(one[at]!.pages.flatMap((page) => page.results.map((result) => result.url)).sort()).toEqual(
        one[at]!.all.map((result) => result.url).sort(),
      );
    },
  );
});
