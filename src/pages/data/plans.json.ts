import type { APIRoute } from 'astro';
import { listedPlans } from '../../content.ts';
import { catalogue } from '../../lib/catalogue.ts';
import { openDataResponse } from '../../lib/open-data.ts';

export const GET: APIRoute = () => openDataResponse(catalogue(listedPlans));
