import type { APIRoute } from 'astro';
import { plans } from '../../content.ts';
import { catalogue } from '../../lib/catalogue.ts';
import { openDataResponse } from '../../lib/open-data.ts';

export const GET: APIRoute = () => openDataResponse(catalogue(plans));
