/**
 * What the hub (the pages across plans) is given of a plan: its plan.json without the text of its
 * paragraphs. The catalogue, the indicator pages, the columns index, the open-data lists and the
 * sitemaps read titles, numbers, regions, periods, tables and columns, never a paragraph, so
 * the hub's memory grows with the plans' outlines, not with their text. tests/build/ checks
 * that the hub's pages are the same bytes as a whole build's.
 */
import type { Plan } from '../../src/lib/plan-schema.ts';

export function hubPlan(plan: Plan): Plan {
  return {
    ...plan,
    groups: plan.groups.map((group) => ({ ...group, blocks: [] })),
    chapters: plan.chapters.map((chapter) => ({
      ...chapter,
      blocks: [],
      sections: chapter.sections.map((section) => ({ ...section, blocks: [] })),
    })),
  };
}
