/**
 * The site's sitemaps, one per section, listed by `/sitemap.xml` as a sitemap index: the pages
 * across plans (in parts, if ever they pass `PAGES_PER_SITEMAP`), the plans' own pages in groups
 * of whole plans, so no sitemap grows past the protocol's 50,000 URLs however many plans the site holds.
 */
import type { Plan } from './plan-schema.ts';
import { newestFirst } from './catalogue.ts';
import { planColumnsRoutes } from './columns-index/columns-index.ts';
import { columnsRegionRoutes } from './columns-index/columns-regions.ts';
import { indicatorRegionRoutes } from './indicators/indicator-regions.ts';
import { indicatorRoutes } from './indicators/indicator-routes.ts';
import {
  CATALOGUE_PATH,
  COLUMNS_PATH,
  INDICATORS_PATH,
  OPEN_DATA_PATH,
  chapterPath,
  indicatorPath,
  indicatorRegionPath,
  planColumnsPath,
  planPath,
  regionColumnsPath,
  regionPath,
  wholePlanPath,
} from './paths.ts';
import { catalogueRegionRoutes } from './regions/catalogue-regions.ts';
import { listPagePath } from './regions/paginate.ts';

/** Plans a sitemap: about 8 pages each, so 2,000 plans stay far under 50,000 URLs. */
export const PLANS_PER_SITEMAP = 2_000;

/** Pages across plans a sitemap: about one per plan at 10,000 plans, so one part holds them until far beyond. */
export const PAGES_PER_SITEMAP = 40_000;

export interface SitemapSection {
  /** The section's name in its URL: `pages` (then `pages-2`… if it ever must split), `plans-1`, `plans-2`… */
  name: string;
  /** Site-relative paths of its pages, in order. */
  paths: string[];
}

/** Where a section's sitemap is served. */
export function sitemapSectionPath(name: string): string {
  return `/sitemaps/${name}.xml`;
}

/** The pages across plans, then each group of plans (newest first) with its covers, chapters and whole-plan pages. */
export function sitemapSections(
  plans: readonly Plan[],
  plansPerSitemap = PLANS_PER_SITEMAP,
  pagesPerSitemap = PAGES_PER_SITEMAP,
): SitemapSection[] {
  const ordered = newestFirst(plans);
  const indicators = indicatorRoutes(ordered);
  const regionPage = ({ params }: { params: { region: string; page: string | undefined } }) => Number(params.page ?? 1);
  const acrossPlans = [
    CATALOGUE_PATH,
    ...catalogueRegionRoutes(ordered).map((route) => listPagePath(regionPath(route.params.region), regionPage(route))),
    INDICATORS_PATH,
    ...indicators.map((route) => indicatorPath(route.params.indicator)),
    ...indicatorRegionRoutes(indicators.map((route) => route.props.group)).map((route) =>
      listPagePath(indicatorRegionPath(route.params.indicator, route.params.region), regionPage(route)),
    ),
    COLUMNS_PATH,
    ...columnsRegionRoutes(ordered).map((route) => listPagePath(regionColumnsPath(route.params.region), regionPage(route))),
    ...planColumnsRoutes(ordered).map((route) => planColumnsPath(route.params.plan)),
    OPEN_DATA_PATH,
  ];
  const pages: SitemapSection[] = [];
  for (let start = 0; start < acrossPlans.length; start += pagesPerSitemap) {
    pages.push({
      name: pages.length === 0 ? 'pages' : `pages-${pages.length + 1}`,
      paths: acrossPlans.slice(start, start + pagesPerSitemap),
    });
  }
  const groups: SitemapSection[] = [];
  for (let start = 0; start < ordered.length; start += plansPerSitemap) {
    groups.push({
      name: `plans-${groups.length + 1}`,
      paths: ordered
        .slice(start, start + plansPerSitemap)
        .flatMap((plan) => [planPath(plan.id), ...plan.chapters.map((chapter) => chapterPath(plan.id, chapter.n)), wholePlanPath(plan.id)]),
    });
  }
  return [...pages, ...groups];
}
