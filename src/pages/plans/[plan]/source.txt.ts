import type { APIRoute, GetStaticPaths } from 'astro';
import { pagePlans } from '../../../content.ts';
import type { Plan } from '../../../lib/plan-schema.ts';
import { planRoutes } from '../../../lib/routes.ts';
import { hasSourceText, readSourceText } from '../../../lib/source-text.ts';

export const getStaticPaths = (() => planRoutes(pagePlans.filter((plan) => hasSourceText(plan.source.file)))) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan }> = ({ props }) =>
  new Response(readSourceText(props.plan.source), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
