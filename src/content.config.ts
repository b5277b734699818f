import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';
import { contentDir } from './lib/build-env.ts';
import { planSchema } from './lib/plan-schema.ts';

/** The ingest's output folder, as a URL so an absolute override (a test fixture) works as well. */
const base = pathToFileURL(resolve(contentDir()) + '/');

/** Frontmatter of one generated chapter file, `<plan-id>/chapters/<nn>.mdx`. */
export const chapterFrontmatterSchema = z.object({
  /** Id of the plan the chapter belongs to. */
  plan: z.string(),
  /** 1-based position of the chapter in its plan; its page is /plans/<plan>/<chapter>/. */
  chapter: z.number().int().positive(),
  /** Title without its number, as in plan.json. */
  title: z.string(),
});

export const collections = {
  /** One entry per plan, id = plan id: the whole structured model (DESIGN.md, "Open data"). */
  plans: defineCollection({
    loader: glob({ base, pattern: '*/plan.json', generateId: ({ data }) => String(data.id) }),
    schema: planSchema,
  }),
  /** One entry per chapter, id = `<plan-id>/<n>`: the chapter's text as MDX. */
  chapters: defineCollection({
    loader: glob({
      base,
      pattern: '*/chapters/*.mdx',
      generateId: ({ data }) => `${String(data.plan)}/${String(data.chapter)}`,
    }),
    schema: chapterFrontmatterSchema,
  }),
};
