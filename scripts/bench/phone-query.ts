/**
 * The first query on a phone: a fresh Chromium under a phone profile (Lighthouse's slow 4G and a
 * 4× slower CPU, through the DevTools protocol) per query, measured two ways:
 *
 * - on a page, as a reader asks it: the site's home page is loaded (and what it fetches once
 *   loaded), the reader taps the header box and types the query (one input event, as a Chinese
 *   input method commits a word); the time from that input to the first results in the box's
 *   list, and the bytes fetched meanwhile. The targets are judged on this.
 * - from a blank page, the worst case: nothing of the search loaded, a script imports the engine
 *   and asks for its first page of results (`searchPages`, 10).
 *
 * Bytes are those on the wire, gzip for text as a CDN sends it, headers included.
 *
 *   node scripts/bench/phone-query.ts --dist DIR [--queries 学前教育,鲁班工坊,教]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../site/chromium.ts';
import { kb, ms } from './format.ts';

/** Lighthouse's "slow 4G" (its mobile default): 150 ms RTT × 3.75, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up. */
export const SLOW_4G = { latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
export const CPU_SLOWDOWN = 4;

/** One way of asking a query: how long its first results took and what they cost. */
export interface QueryTiming {
  /** Milliseconds from the query to its first results. */
  ms: number;
  /** Bytes on the wire (headers included) for everything fetched meanwhile. */
  transferred: number;
  requests: number;
  /** Results shown. */
  shown: number;
}

export interface PhoneQuery {
  query: string;
  /** Typed into the header box of a loaded page of the site, to the first results in its list. */
  onPage: QueryTiming;
  /** From a blank page with nothing of the search loaded, to the engine's first page of results, and its total then. */
  blank: QueryTiming & { total: number; done: boolean };
}

const TEXT = new Set(['.js', '.json', '.html', '.css', '.txt']);
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
/** What serveFile needs of an HTTP/1.1 or HTTP/2 response. */
type FileResponse = NodeJS.WritableStream & { writeHead(status: number, headers?: Record<string, string>): unknown };

/** The blank page the query starts from, served beside the site. */
export const BLANK_PAGE = '/__phone-query.html';

/**
 * Answers a request for `root` as a CDN would: text gzipped when the browser accepts it,
 * everything else as stored. Shared by this HTTP/1.1 server and the HTTP/2 one
 * (scripts/search/bench/phone-query-h2.ts).
 */
export function serveFile(root: string, url: string, acceptEncoding: string, response: FileResponse): void {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  if (pathname === BLANK_PAGE) {
    response.writeHead(200, { 'content-type': TYPES['.html']! });
    response.end('<!doctype html><meta charset="utf-8"><title>phone query</title><p>搜索</p>');
    return;
  }
  // A folder's page is its index.html, as a static host serves it.
  const file = resolve(root, `.${pathname}${pathname.endsWith('/') ? 'index.html' : ''}`);
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404);
    response.end();
    return;
  }
  const gzip = TEXT.has(extname(file)) && /\bgzip\b/.test(acceptEncoding);
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip()) : body).pipe(response);
}

function serveGzip(dir: string): Promise<{ server: Server; origin: string }> {
  const root = resolve(dir);
  const server = createServer((request, response) =>
    serveFile(root, request.url ?? '/', String(request.headers['accept-encoding'] ?? ''), response),
  );
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

/** Each query in its own fresh browser, so nothing is cached from the one before. */
export async function phoneQueries(dist: string, queries: readonly string[]): Promise<PhoneQuery[]> {
  const { server, origin } = await serveGzip(dist);
  try {
    const measured: PhoneQuery[] = [];
    for (const query of queries) measured.push(await phoneQuery(origin, query));
    return measured;
  } finally {
    server.close();
  }
}

async function phoneQuery(origin: string, query: string): Promise<PhoneQuery> {
  return { query, onPage: await timedOnPage(origin, query), blank: await timedFromBlank(origin, query) };
}

/** A fresh browser under the phone profile, on `path` of the site once it has loaded; bytes counted from `counting()` on. */
async function phonePage<T>(
  origin: string,
  path: string,
  run: (page: Page, counting: () => void) => Promise<T>,
): Promise<T & { transferred: number; requests: number }> {
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    const cdp = await chromium.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(origin + path, { waitUntil: 'load' });
    // Playwright sees the requests of web workers too, which the page's own DevTools session does not.
    const sizes: Promise<{ url: string; bytes: number }>[] = [];
    const counting = () =>
      page.on('requestfinished', (request) =>
        sizes.push(request.sizes().then((size) => ({ url: request.url(), bytes: size.responseBodySize + size.responseHeadersSize }))),
      );
    const measured = await run(page, counting);
    const fetched = await Promise.all(sizes);
    if (process.env.PHONE_QUERY_VERBOSE) for (const { url, bytes } of fetched) console.error(`  ${bytes}\t${url}`);
    return { ...measured, transferred: fetched.reduce((sum, { bytes }) => sum + bytes, 0), requests: fetched.length };
  } finally {
    await chromium.close();
  }
}

/** The reader's way: the home page and what it fetches once loaded, the box tapped, the query typed; until its first results are listed. */
function timedOnPage(origin: string, query: string): Promise<QueryTiming> {
  return phonePage(origin, '/', async (page, counting) => {
    // What the page fetches once loaded is the page's cost, not the query's.
    await page.waitForLoadState('networkidle');
    await page.focus('form[data-search-box] input');
    await page.locator('.search-panel').waitFor({ state: 'attached' });
    counting();
    return (await page.evaluate(`new Promise((resolve) => {
      const input = document.querySelector('form[data-search-box] input');
      const started = performance.now();
      const listed = () => document.querySelectorAll('.search-panel .hit').length;
      new MutationObserver((_, observer) => {
        if (!listed()) return;
        observer.disconnect();
        resolve({ ms: performance.now() - started, shown: listed() });
      }).observe(document.querySelector('.search-panel'), { childList: true, subtree: true });
      input.value = ${JSON.stringify(query)};
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: input.value }));
    })`)) as Pick<QueryTiming, 'ms' | 'shown'>;
  });
}

/** The worst case: a blank page imports the engine and asks for its first page of results. */
function timedFromBlank(origin: string, query: string): Promise<PhoneQuery['blank']> {
  return phonePage(origin, BLANK_PAGE, async (page, counting) => {
    counting();
    return (await page.evaluate(`(async () => {
      const started = performance.now();
      const engine = await import('/search/engine.js');
      const { value } = await engine.searchPages(${JSON.stringify(query)}).next();
      return { ms: performance.now() - started, shown: value.results.length, total: value.total, done: value.done };
    })()`)) as Omit<PhoneQuery['blank'], 'transferred' | 'requests'>;
  });
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, queries: { type: 'string', default: '学前教育,鲁班工坊,教' } },
  });
  const dist = values.dist;
  if (!existsSync(join(dist, 'search/engine.js')))
    throw new Error(`No search engine in ${dist}/search/engine.js: build the site (npm run build) first.`);
  for (const { query, onPage, blank } of await phoneQueries(dist, values.queries.split(','))) {
    console.log(
      `${query}\ton a page: ${ms(onPage.ms)}, ${kb(onPage.transferred)}, ${onPage.requests} requests, ${onPage.shown} listed\tfrom a blank page: ${ms(blank.ms)}, ${kb(blank.transferred)}, ${blank.requests} requests, ${blank.shown} shown of ${blank.done ? '' : '≈'}${blank.total}`,
    );
  }
}
