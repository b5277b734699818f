/**
 * Everything a page of a plan shows, built once per route from plan.json: the page and every MDX
 * component on it read this context (memoised by the route's params), never the MDX's own props,
 * so a fact can only come from plan.json, and each lookup is a map, not a scan.
 */
import {
  chapterLabels,
  chapterLocator,
  columnLocator,
  groupLocator,
  paragraphLocator,
  placeLabels,
  sectionLocator,
  tableLocator,
} from './citation.ts';
import { findChapter, findColumn, findPlan, findTable } from './plan-lookup.ts';
import type { Chapter, Column, Group, Paragraph, Plan, Section, Table } from './plan-schema.ts';
import { groupPath, groupsOpeningOn } from './plan-tree.ts';

/** A paragraph with the section it stands in (null before the first section or in a group's opening). */
export interface PlacedParagraph {
  section: Section | null;
  paragraph: Paragraph;
  /** Its locator for "复制引用" when it has a run-in number, else null. */
  cite: string | null;
}

/** What any page of a plan (its cover or a chapter) needs to render tables and columns where they stand. */
export interface PlanContext {
  plan: Plan;
  table(n: number): Table;
  column(n: number): Column;
  /** Locator of a table, after the labels of its place. */
  tableCite(table: Table): string;
  columnCite(column: Column): string;
}

/** A chapter page: the chapter, where it stands in the tree, and its parts by anchor. */
export interface ChapterContext extends PlanContext {
  chapter: Chapter;
  /** The groups the chapter stands in, outermost first (breadcrumbs). */
  groups: Group[];
  /** The groups whose heading and opening text open this page, outermost first. */
  openingGroups: Group[];
  prev: Chapter | null;
  next: Chapter | null;
  /** The chapter's locator (`第二篇 第四章`). */
  cite: string;
  section(anchor: string): { section: Section; cite: string };
  paragraph(anchor: string): PlacedParagraph;
  groupCite(group: Group): string;
}

const planContexts = new WeakMap<Plan, PlanContext>();
const chapterContexts = new WeakMap<Chapter, ChapterContext>();

/** The context of any page whose route params name a plan (`/plans/[plan]/…`). */
export function planContextOfParams(plans: readonly Plan[], params: Record<string, string | undefined>): PlanContext {
  if (!params.plan)
    throw new Error(`A plan's table or column is rendered on a page without a plan in its route (params ${JSON.stringify(params)}).`);
  return planContext(findPlan(plans, params.plan));
}

/** The context of a chapter page, from its route params `/plans/[plan]/[chapter]/`. */
export function chapterContextOfParams(plans: readonly Plan[], params: Record<string, string | undefined>): ChapterContext {
  const { plan: planId, chapter: chapterN } = params;
  if (!planId || !chapterN || !/^\d+$/.test(chapterN))
    throw new Error(`A chapter's section or paragraph is rendered outside a chapter page (params ${JSON.stringify(params)}).`);
  const plan = findPlan(plans, planId);
  return chapterContext(plan, findChapter(plan, Number(chapterN)));
}

export function planContext(plan: Plan): PlanContext {
  let context = planContexts.get(plan);
  if (!context) {
    context = {
      plan,
      table: (n) => findTable(plan, n),
      column: (n) => findColumn(plan, n),
      tableCite: (table) => tableLocator(placeLabels(plan, table), table),
      columnCite: (column) => columnLocator(placeLabels(plan, column), column),
    };
    planContexts.set(plan, context);
  }
  return context;
}

export function chapterContext(plan: Plan, chapter: Chapter): ChapterContext {
  let context = chapterContexts.get(chapter);
  if (!context) {
    context = buildChapterContext(plan, chapter);
    chapterContexts.set(chapter, context);
  }
  return context;
}

function buildChapterContext(plan: Plan, chapter: Chapter): ChapterContext {
  const place = chapterLabels(plan, chapter);
  const sections = new Map(chapter.sections.map((section) => [section.anchor, { section, cite: sectionLocator(place, section) }]));
  const paragraphs = new Map<string, PlacedParagraph>();
  const addParagraphs = (blocks: Chapter['blocks'], section: Section | null, labels: readonly string[]) => {
    for (const block of blocks) {
      if (block.type !== 'paragraph') continue;
      paragraphs.set(block.anchor, { section, paragraph: block, cite: block.number ? paragraphLocator(labels, section, block) : null });
    }
  };
  const openingGroups = groupsOpeningOn(plan.groups, chapter.n);
  for (const group of openingGroups) addParagraphs(group.blocks, null, [groupLocator(plan, group)]);
  addParagraphs(chapter.blocks, null, place);
  for (const section of chapter.sections) addParagraphs(section.blocks, section, place);
  const index = chapter.n - 1;
  return {
    ...planContext(plan),
    chapter,
    groups: groupPath(plan.groups, chapter.group),
    openingGroups,
    prev: plan.chapters[index - 1] ?? null,
    next: plan.chapters[index + 1] ?? null,
    cite: chapterLocator(plan, chapter),
    section: (anchor) => {
      const found = sections.get(anchor);
      if (!found) throw new Error(`Plan ${plan.id} chapter ${chapter.n} has no section #${anchor} in plan.json, but its MDX has one.`);
      return found;
    },
    paragraph: (anchor) => {
      const found = paragraphs.get(anchor);
      if (!found) throw new Error(`Plan ${plan.id} chapter ${chapter.n} has no paragraph #${anchor} in plan.json, but its page shows one.`);
      return found;
    },
    groupCite: (group) => groupLocator(plan, group),
  };
}
