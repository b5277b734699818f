import type { APIRoute } from 'astro';
import { SITEMAP_PATH } from '../lib/paths.ts';
import { robotsTxt } from '../lib/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(new URL(SITEMAP_PATH, site).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
