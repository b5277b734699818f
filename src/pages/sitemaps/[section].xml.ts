import type { APIRoute, GetStaticPaths } from 'astro';
import { listedPlans } from '../../content.ts';
import { sitemapXml } from '../../lib/sitemap.ts';
import { sitemapSections, type SitemapSection } from '../../lib/sitemap-sections.ts';

export const getStaticPaths = (() =>
  sitemapSections(listedPlans).map((section) => ({ params: { section: section.name }, props: { section } }))) satisfies GetStaticPaths;

/** One section's pages, as absolute URLs: listed by the sitemap index at /sitemap.xml. */
export const GET: APIRoute<{ section: SitemapSection }> = ({ props, site }) =>
  new Response(sitemapXml(props.section.paths.map((path) => new URL(path, site).href)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
