/**
 * The first page of results on a phone, as scripts/bench/phone-query.ts measures it (Lighthouse's
 * slow 4G, CPU 4×, text gzipped, a fresh Chromium per query), but served over HTTP/2 as a CDN
 * serves it: all of a page's record files on one connection at once, where HTTP/1.1 opens six.
 * A self-signed certificate is made with `openssl` for the run.
 *
 *   node scripts/search/bench/phone-query-h2.ts --dist DIR [--queries 学前教育,鲁班工坊,教]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { BLANK_PAGE, CPU_SLOWDOWN, serveFile, SLOW_4G } from '../../bench/phone-query.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, queries: { type: 'string', default: '学前教育,鲁班工坊,教' } },
});
const dist = resolve(values.dist);
const work = mkdtempSync(join(tmpdir(), 'planpress-h2-'));
execFileSync(
  'openssl',
  [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    join(work, 'key.pem'),
    '-out',
    join(work, 'cert.pem'),
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
  ],
  { stdio: 'ignore' },
);
const server = createSecureServer(
  { key: readFileSync(join(work, 'key.pem')), cert: readFileSync(join(work, 'cert.pem')) },
  (request, response) => serveFile(dist, request.url, String(request.headers['accept-encoding'] ?? ''), response),
);
await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function firstPage(query: string, preloaded: boolean): Promise<{ ms: number; bytes: number; requests: number; shown: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'planpress-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--ignore-certificate-errors', '--disable-background-networking'],
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(origin + BLANK_PAGE, { waitUntil: 'load' });
    if (preloaded) await page.evaluate(`import('/search/engine.js').then((engine) => engine.preload())`);
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize)));
    const first = (await page.evaluate(`(async () => {
      const started = performance.now();
      const engine = await import('/search/engine.js');
      const { value } = await engine.searchPages(${JSON.stringify(query)}).next();
      return { ms: performance.now() - started, shown: value.results.length };
    })()`)) as { ms: number; shown: number };
    const fetched = await Promise.all(sizes);
    return { ...first, bytes: fetched.reduce((sum, bytes) => sum + bytes, 0), requests: fetched.length };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

try {
  for (const query of values.queries.split(',')) {
    const cold = await firstPage(query, false);
    const warm = await firstPage(query, true);
    console.log(
      `${query}\tHTTP/2\t${(cold.ms / 1000).toFixed(2)} s\t${(cold.bytes / 1000).toFixed(1)} KB\t${cold.requests} requests\t${cold.shown} shown\tafter focus: ${(warm.ms / 1000).toFixed(2)} s, ${(warm.bytes / 1000).toFixed(1)} KB`,
    );
  }
} finally {
  server.close();
  rmSync(work, { recursive: true, force: true });
}
