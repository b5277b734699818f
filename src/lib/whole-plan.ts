/** The whole-plan page's routes: each plan with its chapters paired with their MDX files, in reading order. */
import type { Chapter, Plan } from './plan-schema.ts';
import { chapterRoutes, type ChapterFile } from './routes.ts';

export function wholePlanRoutes<E extends ChapterFile>(plans: readonly Plan[], files: readonly E[]): { params: { plan: string }; props: { plan: Plan; chapters: { chapter: Chapter; file: E }[] } }[] {
  const routes = chapterRoutes(plans, files);
  return plans.map((plan) => ({
    params: { plan: plan.id },
    props: { plan, chapters: routes.filter((route) => route.props.plan === plan).map(({ props }) => ({ chapter: props.chapter, file: props.file })) },
  }));
}
