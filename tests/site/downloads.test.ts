/** Files beside the pages: each table as CSV, the plan's source text, the sitemap and robots.txt. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { siteUrl } from '../../src/lib/build-env.ts';
import { CATALOGUE_PATH, chapterPath, planPath, SEARCH_PATH, SITEMAP_PATH, sourceTextPath, tableCsvPath } from '../../src/lib/paths.ts';
import { tableCsv } from '../../src/lib/table-csv.ts';
import { builtFile, builtPaths, builtSites } from './built-site.ts';

describe.each(builtSites())('%s', (_, { contentDir, distDir }) => {
  const plans = readPlans(contentDir);
  const read = (path: string) => readFileSync(builtFile(distDir, path));

  test.each(plans)('$id: each table is a UTF-8 CSV with BOM at /plans/<id>/tables/<n>.csv, its rows as in plan.json', (plan) => {
    for (const table of plan.tables) {
      const bytes = read(tableCsvPath(plan.id, table.n));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8')).toBe(tableCsv(table));
    }
  });

  test.each(plans)('$id: the source text is served beside the cover, in UTF-8', (plan) => {
    const text = read(sourceTextPath(plan.id)).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    for (const paragraph of plan.preamble) expect(text.replace(/\s+/g, '')).toContain(paragraph.replace(/\s+/g, ''));
  });

  test('the sitemap index lists sitemaps that list every page a reader may land on, as absolute URLs: all built pages but search', () => {
    const locsIn = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    const index = read(SITEMAP_PATH).toString('utf8');
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const sitemaps = locsIn(index);
    expect(sitemaps.map((url) => new URL(url).pathname)).toEqual(['/sitemaps/pages.xml', '/sitemaps/plans-1.xml']);
    const locs = sitemaps.flatMap((url) => locsIn(read(new URL(url).pathname).toString('utf8')));
    const pages = builtPaths(distDir).filter((path) => path.endsWith('/') && path !== SEARCH_PATH);
    expect(pages).toEqual(
      expect.arrayContaining([
        CATALOGUE_PATH,
        ...plans.flatMap((plan) => [planPath(plan.id), ...plan.chapters.map((chapter) => chapterPath(plan.id, chapter.n))]),
      ]),
    );
    expect([...locs].sort()).toEqual(pages.map((path) => new URL(path, siteUrl()).href).sort());
  });

  test('robots.txt allows crawling and names the sitemap', () => {
    expect(read('/robots.txt').toString('utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_PATH, siteUrl()).href}\n`);
  });
});
