import { expect, test } from 'vitest';
import { builtPaths, builtSites, readPage } from './built-site.ts';
import { brokenLinks, pageLinks } from './link-check.ts';

test.each(builtSites())('%s: no internal link or anchor is broken', (_, { distDir }) => {
  const paths = builtPaths(distDir);
  const isPage = (path: string) => path.endsWith('/') || path.endsWith('.html');
  const pages = new Map(paths.filter(isPage).map((path) => [path, pageLinks(readPage(distDir, path))]));
  expect(pages.size).toBeGreaterThan(2);
  expect(brokenLinks(pages, new Set(paths.filter((path) => !isPage(path))))).toEqual([]);
});
