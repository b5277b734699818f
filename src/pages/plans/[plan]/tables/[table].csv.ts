import type { APIRoute, GetStaticPaths } from 'astro';
import { pagePlans } from '../../../../content.ts';
import type { Table } from '../../../../lib/plan-schema.ts';
import { tableRoutes } from '../../../../lib/routes.ts';
import { tableCsv } from '../../../../lib/table-csv.ts';

export const getStaticPaths = (() => tableRoutes(pagePlans)) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: Table }> = ({ props }) =>
  new Response(tableCsv(props.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
