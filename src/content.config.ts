import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';
import { contentDir } from './lib/build-env.ts';
import type { ChapterFrontmatter } from './lib/mdx-contract.ts';
import { planSchema } from './lib/plan-schema.ts';

/** The ingest's output folder, as a URL so an absolute override (a test fixture) works as well. */
const base = pathToFileURL(resolve(contentDir()) + '/');

/** Frontmatter of one generated chapter file, `<plan-id>/chapters/<nn>.mdx` (src/lib/mdx-contract.ts). */
export const chapterFrontmatterSchema = z.object({
  plan: z.string(),
  chapter: z.number().int().positive(),
}) satisfies z.ZodType<ChapterFrontmatter>;

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
