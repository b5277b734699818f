/** /search/engine.js in Chromium on the built real plans: every place that contains the query, and only those. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { searchRecords } from '../../scripts/search/search-records.ts';
import type { SearchResult } from '../../src/search/engine.ts';
import { containsFolded, findMatches } from '../../src/search/fold.ts';
import { CATALOGUE_PATH } from '../../src/lib/paths.ts';
import { openSite, placeOf, type BrowserSite } from '../site/browser-site.ts';

const plansSite = inject('plansSite');
const records = readPlans(plansSite.contentDir).flatMap(searchRecords);
const relevant = (query: string) => records.filter((record) => containsFolded(record.text, query));

let site: BrowserSite;
const search = (query: string) =>
  site.page.evaluate(`import('/search/engine.js').then((engine) => engine.search(${JSON.stringify(query)}))`) as Promise<SearchResult[]>;

beforeAll(async () => {
  site = await openSite(plansSite.distDir);
  await site.page.goto(site.url(CATALOGUE_PATH));
});
afterAll(() => site?.close());

describe('search(query) finds exactly the records whose text contains the query', () => {
  test.each([
    ['a long indicator name', '学前三年毛入园率'],
    ['a policy term', '双减'],
    ['a term Pagefind’s segmenter splits differently', '优质均衡'],
    ['a substring across a word boundary', '率达到'],
    ['a place name', '张掖'],
    ['a number with its decimal point and percent sign', '99.54%'],
    ['the same number in full-width characters', '９９．５４％'],
    ['text mixing digits and a symbol', '3+2'],
    ['Latin letters, case as printed', 'STEAM'],
    ['Latin letters in another case', 'steam'],
    ['a query with a space the text does not have', '学前 教育'],
    ['a numbered label in full-width brackets', '（二十四）'],
    ['one character', '减'],
    ['punctuation alone', '——'],
    ['text that is in no plan', '量子计算'],
  ])('%s: %s', async (_, query) => {
    const results = await search(query);
    const expected = relevant(query).map((record) => record.url);
    expect(results.map((result) => placeOf(result.url)).sort()).toEqual(expected.sort());
  });
});

describe('searchPages(query) pages through exactly what search(query) finds', () => {
  const pages = (query: string, pageSize: number) =>
    site.page.evaluate(`import('/search/engine.js').then(async (engine) => {
      const pages = [];
      for await (const page of engine.searchPages(${JSON.stringify(query)}, { pageSize: ${pageSize} })) pages.push(page);
      return pages;
    })`) as Promise<{ results: SearchResult[]; total: number; done: boolean; found: number }[]>;

  test.each(['教', '学前教育', '99.54%', '量子计算'])('%s: every page full but the last, the last exact', async (query) => {
    const expected = relevant(query).map((record) => record.url);
    const paged = await pages(query, 7);
    expect(paged.flatMap((page) => page.results.map((result) => placeOf(result.url))).sort()).toEqual(expected.sort());
    expect(paged.slice(0, -1).every((page) => page.results.length === 7 && !page.done)).toBe(true);
    expect(paged.at(-1)).toMatchObject({ done: true, total: expected.length, found: expected.length });
  });

  /** The first page of a query in a fresh page, and the paths it fetched. */
  const firstPage = async (query: string, pageSize: number) => {
    await site.page.reload();
    const requests: string[] = [];
    const count = (request: { url(): string }) => void requests.push(new URL(request.url()).pathname);
    site.page.on('request', count);
    const first = (await site.page.evaluate(`import('/search/engine.js').then(async (engine) => {
      const { value } = await engine.searchPages(${JSON.stringify(query)}, { pageSize: ${pageSize} }).next();
      return value;
    })`)) as { results: SearchResult[]; total: number; done: boolean };
    site.page.off('request', count);
    // The page itself fetches the engine and the header box's module once loaded: what the query fetched is the rest.
    const pageModules = ['/search/engine.js', '/search/header-box.js'];
    return { first, requests: requests.filter((path) => path.startsWith('/search/') && !pageModules.includes(path)) };
  };

  test('the first page of a common character is its character file alone, each result as search() gives it', async () => {
    const { first, requests } = await firstPage('的', 10);
    expect(relevant('的').length).toBeGreaterThan(50);
    expect(first.results).toHaveLength(10);
    expect(first.done).toBe(false);
    expect(requests).toEqual([`/search/quick/c/${'的'.codePointAt(0)!.toString(16)}.json`]);
    // Count, exactness and excerpt from the leads are what the whole text gives.
    const all = new Map((await search('的')).map((result) => [result.url, result]));
    for (const result of first.results) expect(result).toEqual(all.get(result.url));
  });

  test('the first page of a longer query fetches a bucket file per pair and its candidates’ records, not Pagefind nor the variant table', async () => {
    const { first, requests } = await firstPage('学前教育', 10);
    expect(first.results).toHaveLength(10);
    expect(requests.filter((path) => path.startsWith('/search/quick/b/'))).toHaveLength(3);
    const records = requests.filter((path) => path.startsWith('/search/quick/r/'));
    expect(records.length).toBeGreaterThanOrEqual(10);
    expect(records.length + 3).toBe(requests.length);
  });

  test('a traditional query’s first page folds it with the variant table, fetched when a key is missing', async () => {
    const { first, requests } = await firstPage('學前教育', 10);
    expect(requests).toContain('/search/variants.txt');
    expect(first.results.map((result) => result.url)).toEqual((await firstPage('学前教育', 10)).first.results.map((result) => result.url));
  });
});

test.each([
  ['義務教育', '义务教育'],
  ['優質均衡', '优质均衡'],
  ['學前三年毛入園率', '学前三年毛入园率'],
])('traditional %s returns the pages simplified %s returns, its characters marked', async (traditional, simplified) => {
  const expected = (await search(simplified)).map((result) => result.url);
  expect(expected.length).toBeGreaterThan(0);
  const found = await search(traditional);
  expect(found.map((result) => result.url)).toEqual(expected);
  expect(found[0]!.excerpt).toContain(`<mark>${simplified}</mark>`);
});

test('each result links to its place, names its plan and heading, and marks the query in its excerpt', async () => {
  const results = await search('学前三年毛入园率');
  expect(results.length).toBeGreaterThan(1);
  for (const result of results) {
    const record = records.find((candidate) => candidate.url === placeOf(result.url));
    expect(record).toBeDefined();
    expect(result).toMatchObject({
      title: record!.title,
      plan: record!.plan.title,
      planId: record!.plan.id,
      chapter: record!.chapter,
      kind: record!.kind,
    });
    expect(new URL(result.url).origin).toBe(new URL(site.url('/')).origin);
    expect(result.excerpt).toContain('<mark>学前三年毛入园率</mark>');
    expect(result.matches).toBe(findMatches(record!.text, '学前三年毛入园率').length);
  }
});

test('results with the query exactly as typed come first, then those that match it only folded', async () => {
  // `（一）` is printed with full-width brackets; `(一)` matches it only folded.
  for (const query of ['(一)', '（一）']) {
    const results = await search(query);
    const exact = results.map((result) => result.exact);
    expect(exact, query).toEqual([...exact].sort((a, b) => Number(b) - Number(a)));
    for (const result of results) {
      const record = records.find((candidate) => candidate.url === placeOf(result.url))!;
      expect(result.exact).toBe(record.text.replace(/\s+/g, ' ').includes(query));
    }
  }
});

test('an empty query finds nothing and loads nothing', async () => {
  expect(await search('  ')).toEqual([]);
});

test('on the fixture site, plan text that looks like HTML is found and stays text in excerpts', async () => {
  const fixture = await openSite(inject('fixtureSite').distDir);
  try {
    await fixture.page.goto(fixture.url(CATALOGUE_PATH));
    const results = (await fixture.page.evaluate(
      `import('/search/engine.js').then((engine) => engine.search('<script>alert(2)</script>'))`,
    )) as SearchResult[];
    expect(results).toHaveLength(1);
    expect(results[0]!.excerpt).toContain('<mark>&#60;script&#62;alert(2)&#60;/script&#62;</mark>');
  } finally {
    await fixture.close();
  }
});
