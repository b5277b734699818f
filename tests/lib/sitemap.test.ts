import { expect, test } from 'vitest';
import { robotsTxt, SITEMAP_MAX_URLS, sitemapIndexXml, sitemapXml } from '../../src/lib/sitemap.ts';
import { sitemapSections } from '../../src/lib/sitemap-sections.ts';
import { columnsRegionRoutes } from '../../src/lib/columns-index/columns-regions.ts';
import { newestFirst } from '../../src/lib/catalogue.ts';
import { groupIndicators } from '../../src/lib/indicators/group-indicators.ts';
import { indicatorRegionRoutes } from '../../src/lib/indicators/indicator-regions.ts';
import { chapterPath, indicatorRegionPath, planPath, regionColumnsPath, regionPath } from '../../src/lib/paths.ts';
import { catalogueRegionRoutes } from '../../src/lib/regions/catalogue-regions.ts';
import { syntheticPlans } from '../regions/synthetic-plans.ts';
import { realPlans } from '../search/real-plans.ts';

test('sitemapXml lists each URL once, escaped, in a urlset', () => {
  const xml = sitemapXml(['https://planpress.example.org/', 'https://planpress.example.org/plans/zhangye-2026-2030/?a=1&b=2']);
  expect(xml).toBe(
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      '<url><loc>https://planpress.example.org/</loc></url>\n' +
      '<url><loc>https://planpress.example.org/plans/zhangye-2026-2030/?a=1&amp;b=2</loc></url>\n</urlset>\n',
  );
});

test('sitemapXml refuses more URLs than the protocol allows in one file', () => {
  expect(() => sitemapXml(Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => `https://planpress.example.org/${i}/`))).toThrow(
    /50000 per file/,
  );
});

test('robotsTxt allows everything and names the sitemap', () => {
  expect(robotsTxt('https://planpress.example.org/sitemap.xml')).toBe(
    'User-agent: *\nAllow: /\n\nSitemap: https://planpress.example.org/sitemap.xml\n',
  );
});

test('sitemapIndexXml lists each sitemap once, escaped, in a sitemapindex', () => {
  expect(sitemapIndexXml(['https://planpress.example.org/sitemaps/pages.xml', 'https://planpress.example.org/sitemaps/plans-1.xml'])).toBe(
    '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      '<sitemap><loc>https://planpress.example.org/sitemaps/pages.xml</loc></sitemap>\n' +
      '<sitemap><loc>https://planpress.example.org/sitemaps/plans-1.xml</loc></sitemap>\n</sitemapindex>\n',
  );
});

test('sitemapSections: the pages across plans, then whole plans in groups, every page once', () => {
  const plans = realPlans();
  const one = sitemapSections(plans);
  expect(one.map((section) => section.name)).toEqual(['pages', 'plans-1']);
  const groups = sitemapSections(plans, 2);
  expect(groups.map((section) => section.name)).toEqual(['pages', 'plans-1', 'plans-2', 'plans-3']);
  expect(groups.flatMap((section) => section.paths).sort()).toEqual(one.flatMap((section) => section.paths).sort());
  // A plan's pages never straddle two sitemaps.
  for (const plan of plans) {
    const holding = groups.filter((section) => section.paths.includes(planPath(plan.id)));
    expect(holding).toHaveLength(1);
    expect(holding[0]!.paths).toContain(chapterPath(plan.id, plan.chapters.at(-1)!.n));
  }
});

test('sitemapSections: every region list page across plans, of the catalogue, the 专栏 index and each indicator', () => {
  const plans = syntheticPlans(80);
  const listed = new Set(sitemapSections(plans).flatMap((section) => section.paths));
  const firstPage = (path: string, page: string | undefined) => (page === undefined ? path : `${path}${page}/`);
  const regionLists = [
    ...catalogueRegionRoutes(plans).map(({ params }) => firstPage(regionPath(params.region), params.page)),
    ...columnsRegionRoutes(plans).map(({ params }) => firstPage(regionColumnsPath(params.region), params.page)),
    ...indicatorRegionRoutes(groupIndicators(newestFirst(plans))).map(({ params }) =>
      firstPage(indicatorRegionPath(params.indicator, params.region), params.page),
    ),
  ];
  expect(regionLists.length).toBeGreaterThan(50);
  for (const path of regionLists) expect(listed, path).toContain(path);
  expect(listed).toContain('/regions/beijing/');
});

test('sitemapSections: pages across plans split into parts when they pass the size, the first keeping its name', () => {
  const plans = realPlans();
  const parts = sitemapSections(plans, 2_000, 10);
  const pages = parts.filter((section) => section.name.startsWith('pages'));
  expect(pages.map((section) => section.name)).toEqual(['pages', ...pages.slice(1).map((_, i) => `pages-${i + 2}`)]);
  expect(pages.length).toBeGreaterThan(2);
  for (const section of pages) expect(section.paths.length).toBeLessThanOrEqual(10);
  expect(pages.flatMap((section) => section.paths)).toEqual(sitemapSections(plans)[0]!.paths);
});
