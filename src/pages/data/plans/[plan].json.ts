import type { APIRoute, GetStaticPaths } from 'astro';
import { plans } from '../../../content.ts';
import { openDataResponse } from '../../../lib/open-data.ts';
import type { Plan } from '../../../lib/plan-schema.ts';
import { planRoutes } from '../../../lib/routes.ts';

export const getStaticPaths = (() => planRoutes(plans)) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan }> = ({ props }) => openDataResponse(props.plan);
