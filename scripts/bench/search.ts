/**
 * `npm run bench:search`: how well and how fast search finds what the plans say, measured, never
 * asserted. Run after `npm run build`.
 *
 *   node scripts/bench/search.ts [--dist DIR] [--content DIR]
 *
 * 1. Ground truth: for each query, the records (cover, chapter opening, section, table, column)
 *    whose indexed text contains it, whitespace and full/half width folded.
 * 2. Both engines run every query in Chromium: ours (/search/engine.js) and plain Pagefind 1.6 on
 *    the same records (text as printed, language zh-cn), built here into a copy of the site.
 * 3. Recall and precision pooled per category and overall, by record and by page; index sizes;
 *    bytes fetched and time taken by a first query in a fresh browser; warm query latency.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../site/chromium.ts';
import { readPlans } from '../site/read-plans.ts';
import { serveStatic } from '../site/static-server.ts';
import { firstQuery, ourEngine, ourEnginePaged, plainPagefind, timedSearch, type Searcher } from '../search/bench/browser-search.ts';
import { benchmarkQueries } from '../search/bench/queries.ts';
import { addQuery, emptyTally, pageOf, precision, recall, relevantUrls, type Tally } from '../search/bench/scores.ts';
import { writePlainIndex } from '../search/bench/write-plain-index.ts';
import { searchRecords } from '../search/search-records.ts';
import { ENGINE_PATH, PAGEFIND_DIR } from '../../src/search/search-paths.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, content: { type: 'string', default: 'content/plans' } },
});
if (!existsSync(join(values.dist, ENGINE_PATH)))
  throw new Error(`${join(values.dist, ENGINE_PATH)} is missing: run \`npm run build\` first.`);

const PLAIN_DIR = '/plain-pagefind/';
const records = readPlans(values.content).flatMap(searchRecords);
const categories = benchmarkQueries(records);
const engines: [name: string, searcher: Searcher][] = [
  ['ours', ourEngine],
  ['plain Pagefind', plainPagefind(PLAIN_DIR)],
];

// A copy of the site with the baseline index beside ours.
const site = mkdtempSync(join(tmpdir(), 'planpress-bench-search-'));
cpSync(values.dist, site, { recursive: true });
await writePlainIndex(records, join(site, PLAIN_DIR));
const server = await serveStatic(site);

try {
  // 1–2. Every query through both engines, warm, one page per engine.
  const byRecord = engines.map(() => new Map<string, Tally>());
  const byPage = engines.map(() => emptyTally());
  const latencies = engines.map((): number[] => []);
  const misses: string[] = [];
  const chromium = await launchChromium();
  for (const [e, [name, searcher]] of engines.entries()) {
    const page = await chromium.context.newPage();
    await page.goto(server.url);
    await timedSearch(page, searcher, '教育'); // load the engine once, so latencies are warm
    for (const category of categories) {
      const tally = emptyTally();
      for (const query of category.queries) {
        const relevant = relevantUrls(records, query);
        const { urls, ms } = await timedSearch(page, searcher, query);
        addQuery(tally, relevant, urls);
        addQuery(byPage[e]!, new Set([...relevant].map(pageOf)), urls.map(pageOf));
        latencies[e]!.push(ms);
        if (name === 'ours') misses.push(...describeMisses(query, relevant, urls));
      }
      byRecord[e]!.set(category.name, tally);
    }
    await page.close();
  }
  // The results the UI shows, page by page, must be the same places as all of ours at once.
  const paged = await chromium.context.newPage();
  await paged.goto(server.url);
  const pagedMisses: string[] = [];
  for (const query of categories.flatMap((category) => category.queries)) {
    const [all, pages] = [await timedSearch(paged, ourEngine, query), await timedSearch(paged, ourEnginePaged, query)];
    if ([...all.urls].sort().join() !== [...pages.urls].sort().join()) pagedMisses.push(query);
  }
  await paged.close();
  await chromium.close();

  // 3. Report.
  const queryCount = categories.reduce((sum, category) => sum + category.queries.length, 0);
  console.log(`machine: ${cpus().length} cores, Node ${process.version}; ${records.length} records, ${queryCount} queries`);
  console.log(
    '\nRecall / precision by record (a cover, chapter opening, section, table or column), pooled over the queries of each category:\n',
  );
  console.log('| category | queries | relevant | ours recall | ours precision | plain recall | plain precision |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const overall = engines.map(() => emptyTally());
  for (const category of categories) {
    const tallies = byRecord.map((tallyOf) => tallyOf.get(category.name)!);
    tallies.forEach((tally, e) => merge(overall[e]!, tally));
    console.log(row(category.name, tallies));
  }
  console.log(row('**overall**', overall));
  console.log(row('overall, by page', byPage));

  console.log('\nIndex on disk (bytes, as written; Pagefind gzips its index files itself):\n');
  console.log('| | index chunks | fragments | filters, meta, entry | runtime (JS, WebAssembly) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(sizeRow('ours', join(site, PAGEFIND_DIR), statSync(join(site, ENGINE_PATH)).size));
  console.log(sizeRow('plain Pagefind', join(site, PLAIN_DIR), 0));

  console.log('\nFirst query in a fresh browser (empty cache), after the page has loaded:\n');
  console.log('| engine | query | results | requests | bytes | bytes, JS gzipped | ms |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const query of ['学前三年毛入园率', '双减', '教育', '的']) {
    for (const [name, searcher] of engines) {
      const first = await firstQuery(server.url, searcher, query);
      console.log(
        `| ${name} | ${query} | ${first.urls.length} | ${first.requests} | ${kb(first.bytes)} | ${kb(first.gzipBytes)} | ${first.ms.toFixed(0)} |`,
      );
    }
  }

  console.log('\nWarm query latency over all queries (ms, in Chromium, results with their data):\n');
  console.log('| engine | median | p95 | max |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [e, [name]] of engines.entries()) {
    const sorted = [...latencies[e]!].sort((a, b) => a - b);
    const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!.toFixed(0);
    console.log(`| ${name} | ${at(0.5)} | ${at(0.95)} | ${sorted[sorted.length - 1]!.toFixed(0)} |`);
  }
  console.log(
    `\nPage by page (searchPages, 10 a page, every page): ${queryCount - pagedMisses.length} of ${queryCount} queries give exactly the places search() gives${pagedMisses.length ? `; not: ${pagedMisses.join(', ')}` : ''}.`,
  );
  if (misses.length) console.log(`\nOurs, wrong results:\n${misses.join('\n')}`);
} finally {
  await server.close();
  rmSync(site, { recursive: true, force: true });
}

function merge(into: Tally, tally: Tally): void {
  for (const key of ['queries', 'relevant', 'returned', 'found'] as const) into[key] += tally[key];
}

function row(label: string, [ours, plain]: Tally[]): string {
  return `| ${label} | ${ours!.queries} | ${ours!.relevant} | ${percent(recall(ours!))} | ${percent(precision(ours!))} | ${percent(recall(plain!))} | ${percent(precision(plain!))} |`;
}

function describeMisses(query: string, relevant: ReadonlySet<string>, urls: readonly string[]): string[] {
  const returned = new Set(urls);
  return [
    ...[...relevant].filter((url) => !returned.has(url)).map((url) => `  missed  ${query}  ${url}`),
    ...[...returned].filter((url) => !relevant.has(url)).map((url) => `  extra   ${query}  ${url}`),
  ];
}

function sizeRow(label: string, dir: string, engineBytes: number): string {
  const bytes = (test: (path: string) => boolean) =>
    filesUnder(dir)
      .filter(test)
      .reduce((sum, path) => sum + statSync(path).size, 0);
  const chunks = bytes((path) => path.endsWith('.pf_index'));
  const fragments = bytes((path) => path.endsWith('.pf_fragment'));
  const small = bytes((path) => /\.(pf_filter|pf_meta)$|pagefind-entry\.json$/.test(path));
  const runtime = bytes((path) => /(pagefind|pagefind-worker)\.js$|wasm\.[^/]+\.pagefind$/.test(path)) + engineBytes;
  return `| ${label} | ${kb(chunks)} | ${kb(fragments)} | ${kb(small)} | ${kb(runtime)} |`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
