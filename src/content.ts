/** The site's content queries, each run once; pages and components import these sets. */
import { getCollection } from 'astro:content';
import { pagesMode } from './lib/build-env.ts';
import type { Plan } from './lib/plan-schema.ts';

/** Every plan's structured model, validated against planSchema: what pages across plans list. */
export const plans: Plan[] = (await getCollection('plans')).map((entry) => entry.data);

/** The plans whose own pages (cover, chapters, data) this build renders: none in the hub of a sharded build. */
export const pagePlans: Plan[] = pagesMode() === 'hub' ? [] : plans;

/**
 * The plans the pages across plans (catalogue, indicators, columns, open-data lists, sitemaps) list:
 * none in a shard of a sharded build, whose pages across plans the hub builds instead, so a shard's
 * cost is its own plans' pages.
 */
export const listedPlans: Plan[] = pagesMode() === 'plans' ? [] : plans;

/** Every chapter file, for pairing with its chapter and rendering. */
export const chapterFiles = await getCollection('chapters');
