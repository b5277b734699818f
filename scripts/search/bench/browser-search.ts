/**
 * Runs searches in Chromium, through the real modules a reader's browser loads: our engine
 * (/search/engine.js) or plain Pagefind (its own pagefind.js over the baseline index).
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { launchChromium } from '../../site/chromium.ts';

/** How to run one search in the page: an expression resolving to the result URLs (path and anchor). */
export type Searcher = (query: string) => string;

export const ourEngine: Searcher = (query) => `import('/search/engine.js').then(async (engine) => {
  const results = await engine.search(${JSON.stringify(query)});
  return results.map((result) => { const url = new URL(result.url); return url.pathname + url.hash; });
})`;

/** Ours as the site's UI shows results: `searchPages`, 10 at a time, every page in turn. */
export const ourEnginePaged: Searcher = (query) => `import('/search/engine.js').then(async (engine) => {
  const urls = [];
  for await (const page of engine.searchPages(${JSON.stringify(query)}, { pageSize: 10 }))
    for (const result of page.results) { const url = new URL(result.url); urls.push(url.pathname + url.hash); }
  return urls;
})`;

/** Plain Pagefind as its docs use it: search, then every result's data. */
export function plainPagefind(bundlePath: string): Searcher {
  return (query) => `import(${JSON.stringify(`${bundlePath}pagefind.js`)}).then(async (pagefind) => {
    const response = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(response.results.map((result) => result.data()));
    return data.map((fragment) => fragment.raw_url);
  })`;
}

export interface Timed {
  urls: string[];
  ms: number;
}

export async function timedSearch(page: Page, searcher: Searcher, query: string): Promise<Timed> {
  const started = performance.now();
  const urls = (await page.evaluate(searcher(query))) as string[];
  return { urls, ms: performance.now() - started };
}

export interface FirstQuery extends Timed {
  /** Response bodies fetched for the search, as the test server sends them (no HTTP compression). */
  bytes: number;
  /** The same with text files (JS, JSON) gzipped, as a CDN would serve them; Pagefind's own files are gzipped already. */
  gzipBytes: number;
  requests: number;
}

/** One search in a fresh browser (empty cache) on a page that has not loaded search yet. */
export async function firstQuery(origin: string, searcher: Searcher, query: string): Promise<FirstQuery> {
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    await page.goto(new URL('/', origin).href, { waitUntil: 'load' });
    const sizes: Promise<{ bytes: number; gzipBytes: number }>[] = [];
    const onRequest = (request: Request) => sizes.push(measure(request));
    page.on('requestfinished', onRequest);
    const timed = await timedSearch(page, searcher, query);
    page.off('requestfinished', onRequest);
    const measured = await Promise.all(sizes);
    return {
      ...timed,
      bytes: measured.reduce((sum, size) => sum + size.bytes, 0),
      gzipBytes: measured.reduce((sum, size) => sum + size.gzipBytes, 0),
      requests: measured.length,
    };
  } finally {
    await chromium.close();
  }
}

async function measure(request: Request): Promise<{ bytes: number; gzipBytes: number }> {
  const response = await request.response();
  const body = response ? await response.body() : Buffer.alloc(0);
  const isText = /\.(js|json|css|html)$/.test(new URL(request.url()).pathname);
  return { bytes: body.length, gzipBytes: isText ? gzipSync(body).length : body.length };
}
