import type { Plan, Table } from './plan-schema.ts';

/** One route per plan, for its cover and its open-data document. */
export function planRoutes(plans: readonly Plan[]): { params: { plan: string }; props: { plan: Plan } }[] {
  return plans.map((plan) => ({ params: { plan: plan.id }, props: { plan } }));
}

/** What a chapter route needs of a chapter file entry: the frontmatter that places it. */
export interface ChapterFile {
  readonly id: string;
  readonly data: { readonly plan: string; readonly chapter: number };
}

/** A chapter page's route: its params, and its MDX file; everything else the page reads from its page context. */
export interface ChapterRoute<E extends ChapterFile> {
  params: { plan: string; chapter: string };
  props: { file: E };
}

/**
 * One route per chapter of every plan, paired with its MDX file. A chapter without a file, or a file without a chapter, fails the build by name: a page
 * silently missing would break links shared for years.
 */
export function chapterRoutes<E extends ChapterFile>(plans: readonly Plan[], files: readonly E[]): ChapterRoute<E>[] {
  const fileById = new Map(files.map((file) => [chapterFileId(file.data.plan, file.data.chapter), file]));
  const routes = plans.flatMap((plan) =>
    plan.chapters.map((chapter): ChapterRoute<E> => {
      const file = fileById.get(chapterFileId(plan.id, chapter.n));
      if (!file) {
        throw new Error(
          `Plan ${plan.id}: chapter ${chapter.n} is in plan.json but has no chapters/*.mdx file with \`chapter: ${chapter.n}\`.`,
        );
      }
      fileById.delete(chapterFileId(plan.id, chapter.n));
      return {
        params: { plan: plan.id, chapter: String(chapter.n) },
        props: { file },
      };
    }),
  );
  const orphan = fileById.values().next().value;
  if (orphan) {
    throw new Error(
      `Chapter file ${orphan.id} (plan ${orphan.data.plan}, chapter ${orphan.data.chapter}) matches no chapter in that plan's plan.json.`,
    );
  }
  return routes;
}

function chapterFileId(planId: string, chapter: number): string {
  return `${planId}/${chapter}`;
}

/** One route per table of every plan, for its CSV: `/plans/<plan-id>/tables/<n>.csv`. */
export function tableRoutes(plans: readonly Plan[]): { params: { plan: string; table: string }; props: { table: Table } }[] {
  return plans.flatMap((plan) => plan.tables.map((table) => ({ params: { plan: plan.id, table: String(table.n) }, props: { table } })));
}
