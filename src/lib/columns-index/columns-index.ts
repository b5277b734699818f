/** The 专栏 index: every featured column of every plan, with the place it stands in its chapter. */
import { anchorPath, REGIONS_SEGMENT } from '../paths.ts';
import type { Chapter, Column, Plan, Section } from '../plan-schema.ts';

export interface ColumnEntry {
  column: Column;
  /** The chapter the column stands in, or null when it stands before the first division (on the cover). */
  chapter: Chapter | null;
  /** The section the column stands in, or null before the chapter's first section. */
  section: Section | null;
  /** Site URL of the column in its chapter page, or on the cover. */
  href: string;
}

export interface PlanColumns {
  plan: Plan;
  entries: ColumnEntry[];
}

/** The plans that have columns, in the order given, each with its columns in order. */
export function columnsIndex(plans: readonly Plan[]): PlanColumns[] {
  return plans
    .filter((plan) => plan.columns.length > 0)
    .map((plan) => ({ plan, entries: plan.columns.map((column) => columnEntry(plan, column)) }));
}

/**
 * One page per plan with columns. Each carries its own plan and the count of all columns, not the
 * whole index: listing every plan on every plan's page would grow with the square of the plans.
 */
export function planColumnsRoutes(plans: readonly Plan[]): { params: { plan: string }; props: { shown: PlanColumns; total: number } }[] {
  const reserved = plans.find((plan) => plan.id === REGIONS_SEGMENT);
  if (reserved)
    throw new Error(
      `Plan id "${reserved.id}" is reserved: /columns/${REGIONS_SEGMENT}/ holds the 专栏 index by region. Set another id in the plan's sidecar.`,
    );
  const index = columnsIndex(plans);
  const total = countColumns(index);
  return index.map((shown) => ({ params: { plan: shown.plan.id }, props: { shown, total } }));
}

export function countColumns(index: readonly PlanColumns[]): number {
  return index.reduce((count, { entries }) => count + entries.length, 0);
}

function columnEntry(plan: Plan, column: Column): ColumnEntry {
  if (column.chapter === null) return { column, chapter: null, section: null, href: anchorPath(plan.id, null, column.anchor) };
  const chapter = plan.chapters.find((candidate) => candidate.n === column.chapter);
  if (!chapter) throw new Error(`Plan ${plan.id}: ${column.number} stands in chapter ${column.chapter}, which plan.json does not have.`);
  const section = column.section === null ? null : chapter.sections.find((candidate) => candidate.n === column.section);
  if (section === undefined)
    throw new Error(
      `Plan ${plan.id}: ${column.number} stands in section ${column.section} of chapter ${chapter.n}, which has ${chapter.sections.length}.`,
    );
  return { column, chapter, section, href: anchorPath(plan.id, chapter.n, column.anchor) };
}
