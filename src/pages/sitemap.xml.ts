import type { APIRoute } from 'astro';
import { listedPlans } from '../content.ts';
import { sitemapIndexXml } from '../lib/sitemap.ts';
import { sitemapSectionPath, sitemapSections } from '../lib/sitemap-sections.ts';

/** A sitemap index of the sections' sitemaps (the pages across plans, then groups of plans), so none outgrows the protocol. */
export const GET: APIRoute = ({ site }) =>
  new Response(sitemapIndexXml(sitemapSections(listedPlans).map((section) => new URL(sitemapSectionPath(section.name), site).href)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
