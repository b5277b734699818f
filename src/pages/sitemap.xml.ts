import type { APIRoute } from 'astro';
import { plans } from '../content.ts';
import { newestFirst } from '../lib/catalogue.ts';
import { planColumnsRoutes } from '../lib/columns-index/columns-index.ts';
import { indicatorRoutes } from '../lib/indicators/indicator-routes.ts';
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
} from '../lib/paths.ts';
import { sitemapXml } from '../lib/sitemap.ts';

/** Every page a reader may land on: the catalogue, each plan's cover, chapters and whole-plan page, newest plan first, then the pages across plans. */
export const GET: APIRoute = ({ site }) => {
  const ordered = newestFirst(plans);
  const paths = [
    CATALOGUE_PATH,
    ...ordered.flatMap((plan) => [
      planPath(plan.id),
      ...plan.chapters.map((chapter) => chapterPath(plan.id, chapter.n)),
      wholePlanPath(plan.id),
    ]),
    INDICATORS_PATH,
    ...indicatorRoutes(ordered).map((route) => indicatorPath(route.params.indicator)),
    COLUMNS_PATH,
    ...planColumnsRoutes(ordered).map((route) => planColumnsPath(route.params.plan)),
    OPEN_DATA_PATH,
  ];
  return new Response(sitemapXml(paths.map((path) => new URL(path, site).href)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
