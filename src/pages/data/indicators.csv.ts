import type { APIRoute } from 'astro';
import { listedPlans } from '../../content.ts';
import { newestFirst } from '../../lib/catalogue.ts';
import { indicatorsCsv } from '../../lib/indicators/indicators-csv.ts';

export const GET: APIRoute = () =>
  new Response(indicatorsCsv(newestFirst(listedPlans)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
