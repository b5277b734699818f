import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { siteUrl } from '../../src/lib/build-env.ts';
import { SITEMAP_PATH } from '../../src/lib/paths.ts';
import { builtFile, builtPaths, builtSites, readPage } from './built-site.ts';
import { brokenLinks, pageLinks, type PageLinks } from './link-check.ts';

test.each(builtSites())('%s: no internal link or anchor is broken, canonical and sitemap URLs included', (_, { distDir }) => {
  const paths = builtPaths(distDir);
  const isPage = (path: string) => path.endsWith('/') || path.endsWith('.html');
  const pages = new Map<string, PageLinks>(paths.filter(isPage).map((path) => [path, pageLinks(readPage(distDir, path))]));
  expect(pages.size).toBeGreaterThan(2);
  // The sitemap index and each sitemap it lists, as pages whose links are their URLs.
  const locsIn = (path: string) =>
    [...readFileSync(builtFile(distDir, path), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  const sitemaps = locsIn(SITEMAP_PATH);
  pages.set(SITEMAP_PATH, { ids: new Set(), hrefs: sitemaps });
  for (const url of sitemaps) pages.set(new URL(url).pathname, { ids: new Set(), hrefs: locsIn(new URL(url).pathname) });
  expect(brokenLinks(pages, new Set(paths.filter((path) => !isPage(path))), new URL(siteUrl()).origin)).toEqual([]);
});
