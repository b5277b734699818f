/**
 * MDX components (`<Section>`, `<P>`) are told only their own attributes; the plan and chapter
 * they stand in come from the page's route params (`/plans/[plan]/[chapter]/`).
 */
import { findChapter, findPlan } from './plan-lookup.ts';
import type { Chapter, Plan } from './plan-schema.ts';

/** The plan and chapter of a chapter page's params, or null on a page with other params. */
export function chapterOfParams(plans: readonly Plan[], params: Record<string, string | undefined>): { plan: Plan; chapter: Chapter } | null {
  const { plan: planId, chapter: chapterN } = params;
  if (!planId || !chapterN || !/^\d+$/.test(chapterN)) return null;
  const plan = findPlan(plans, planId);
  return { plan, chapter: findChapter(plan, Number(chapterN)) };
}
