import type { APIRoute } from 'astro';
import { plans } from '../../content.ts';
import { newestFirst } from '../../lib/catalogue.ts';
import { indicatorsCsv } from '../../lib/indicators/indicators-csv.ts';

export const GET: APIRoute = () =>
  new Response(indicatorsCsv(newestFirst(plans)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
