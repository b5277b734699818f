import type { APIRoute, GetStaticPaths } from 'astro';
import { pagePlans } from '../../../content.ts';
import { openDataResponse } from '../../../lib/open-data.ts';
import type { Plan } from '../../../lib/plan-schema.ts';
import { planRoutes } from '../../../lib/routes.ts';

export const getStaticPaths = (() => planRoutes(pagePlans)) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan }> = ({ props }) => openDataResponse(props.plan);
