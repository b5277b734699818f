/** The site's content queries, each run once; pages and components import these sets. */
import { getCollection } from 'astro:content';
import type { Plan } from './lib/plan-schema.ts';

/** Every plan's structured model, validated against planSchema. */
export const plans: Plan[] = (await getCollection('plans')).map((entry) => entry.data);

/** Every chapter file, for pairing with its chapter and rendering. */
export const chapterFiles = await getCollection('chapters');
