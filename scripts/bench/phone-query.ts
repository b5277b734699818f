/**
 * The first query on a phone: a fresh Chromium under a phone profile (Lighthouse's slow 4G and a
 * 4× slower CPU, through the DevTools protocol) loads a blank page of the built site, then asks
 * the engine for its first page of results. Reports the time from the query to the first
 * results and the bytes transferred for them (gzip on the wire for text, as a CDN sends it).
 *
 *   node scripts/bench/phone-query.ts --dist DIR [--queries 学前教育,鲁班工坊,教]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { launchChromium } from '../site/chromium.ts';

/** Lighthouse's "slow 4G" (its mobile default): 150 ms RTT × 3.75, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up. */
export const SLOW_4G = { latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
export const CPU_SLOWDOWN = 4;

export interface PhoneQuery {
  query: string;
  /** Milliseconds from the query to its first page of results, in the page. */
  ms: number;
  /** Bytes on the wire (headers included) for everything the query fetched. */
  transferred: number;
  requests: number;
  /**
   * The same query in another fresh browser after the engine's `preload()` has finished, as when
   * the reader focuses the box and then types: milliseconds to the first results, and bytes fetched for them.
   */
  afterFocus: { ms: number; transferred: number };
  /** Results on the first page, and the total as the engine then gives it. */
  shown: number;
  total: number;
  done: boolean;
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
  const file = resolve(root, `.${pathname}`);
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
  const cold = await timedFirstPage(origin, query, false);
  const warm = await timedFirstPage(origin, query, true);
  return { ...cold, afterFocus: { ms: warm.ms, transferred: warm.transferred } };
}

async function timedFirstPage(origin: string, query: string, preloaded: boolean): Promise<Omit<PhoneQuery, 'afterFocus'>> {
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    const cdp = await chromium.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(origin + BLANK_PAGE, { waitUntil: 'load' });
    if (preloaded) await page.evaluate(`import('/search/engine.js').then((engine) => engine.preload())`);
    // Playwright sees the requests of Pagefind's web worker too, which the page's own DevTools session does not.
    const sizes: Promise<{ url: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) =>
      sizes.push(request.sizes().then((size) => ({ url: request.url(), bytes: size.responseBodySize + size.responseHeadersSize }))),
    );
    const first = (await page.evaluate(`(async () => {
      const started = performance.now();
      const engine = await import('/search/engine.js');
      const pages = engine.searchPages(${JSON.stringify(query)});
      const { value } = await pages.next();
      const ms = performance.now() - started;
      return { ms, shown: value.results.length, total: value.total, done: value.done };
    })()`)) as Pick<PhoneQuery, 'ms' | 'shown' | 'total' | 'done'>;
    const fetched = await Promise.all(sizes);
    if (process.env.PHONE_QUERY_VERBOSE) for (const { url, bytes } of fetched) console.error(`  ${bytes}\t${url}`);
    return { query, ...first, transferred: fetched.reduce((sum, { bytes }) => sum + bytes, 0), requests: fetched.length };
  } finally {
    await chromium.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, queries: { type: 'string', default: '学前教育,鲁班工坊,教' } },
  });
  const dist = values.dist;
  if (!existsSync(join(dist, 'search/engine.js')))
    throw new Error(`No search engine in ${dist}/search/engine.js: build the site (npm run build) first.`);
  for (const figure of await phoneQueries(dist, values.queries.split(','))) {
    console.log(
      `${figure.query}\t${(figure.ms / 1000).toFixed(2)} s\t${(figure.transferred / 1000).toFixed(1)} KB\t${figure.requests} requests\t${figure.shown} shown of ${figure.done ? '' : '≈'}${figure.total}\tafter focus: ${(figure.afterFocus.ms / 1000).toFixed(2)} s, ${(figure.afterFocus.transferred / 1000).toFixed(1)} KB`,
    );
  }
}
