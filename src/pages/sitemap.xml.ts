import type { APIRoute } from 'astro';
import { plans } from '../content.ts';
import { newestFirst } from '../lib/catalogue.ts';
import { CATALOGUE_PATH, chapterPath, planPath } from '../lib/paths.ts';
import { sitemapXml } from '../lib/sitemap.ts';

/** Every reading page: the catalogue, then each plan's cover and chapters, newest plan first. */
export const GET: APIRoute = ({ site }) => {
  const paths = [CATALOGUE_PATH, ...newestFirst(plans).flatMap((plan) => [planPath(plan.id), ...plan.chapters.map((chapter) => chapterPath(plan.id, chapter.n))])];
  return new Response(sitemapXml(paths.map((path) => new URL(path, site).href)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
