/**
 * The site's sitemaps, one per section, listed by `/sitemap.xml` as a sitemap index: the pages
 * across plans in one, the plans' own pages in groups of whole plans, so no sitemap grows past
 * the protocol's 50,000 URLs however many plans the site holds.
 */
import type { Plan } from './plan-schema.ts';
import { newestFirst } from './catalogue.ts';
import { planColumnsRoutes } from './columns-index/columns-index.ts';
import { indicatorRoutes } from './indicators/indicator-routes.ts';
import {
  CATALOGUE_PATH,
  COLUMNS_PATH,
  INDICATORS_PATH,
  OPEN_DATA_PATH,
  chapterPath,
  indicatorPath,
  planColumnsPath,
  planPath,
  wholePlanPath,
} from './paths.ts';

/** Plans a sitemap: about 8 pages each, so 2,000 plans stay far under 50,000 URLs. */
export const PLANS_PER_SITEMAP = 2_000;

export interface SitemapSection {
  /** The section's name in its URL: `pages`, `plans-1`, `plans-2`… */
  name: string;
  /** Site-relative paths of its pages, in order. */
  paths: string[];
}

/** Where a section's sitemap is served. */
export function sitemapSectionPath(name: string): string {
  return `/sitemaps/${name}.xml`;
}

/** The pages across plans, then each group of plans (newest first) with its covers, chapters and whole-plan pages. */
export function sitemapSections(plans: readonly Plan[], plansPerSitemap = PLANS_PER_SITEMAP): SitemapSection[] {
  const ordered = newestFirst(plans);
  const acrossPlans = [
    CATALOGUE_PATH,
    INDICATORS_PATH,
    ...indicatorRoutes(ordered).map((route) => indicatorPath(route.params.indicator)),
    COLUMNS_PATH,
    ...planColumnsRoutes(ordered).map((route) => planColumnsPath(route.params.plan)),
    OPEN_DATA_PATH,
  ];
  const groups: SitemapSection[] = [];
  for (let start = 0; start < ordered.length; start += plansPerSitemap) {
    groups.push({
      name: `plans-${groups.length + 1}`,
      paths: ordered
        .slice(start, start + plansPerSitemap)
        .flatMap((plan) => [planPath(plan.id), ...plan.chapters.map((chapter) => chapterPath(plan.id, chapter.n)), wholePlanPath(plan.id)]),
    });
  }
  return [{ name: 'pages', paths: acrossPlans }, ...groups];
}
