/** Which pages show a number label the ingest restored, so that they explain the mark once. */
import type { Chapter, Plan } from './plan-schema.ts';

/** The legend's id, for links to it. */
export const RESTORED_NOTE_ID = 'restored-note';

/** What a restored label's tooltip says. */
export const RESTORED_TITLE = '原文无此编号，按顺序补全';

/** The legend, after a sample of the mark. */
export const RESTORED_NOTE = '虚线下划线标出的编号是原文没有、本站按前后顺序补全的。';

/** A cover shows every group, chapter and section label in its contents, and every column label in its list. */
export function coverShowsRestored(plan: Pick<Plan, 'groups' | 'chapters' | 'columns'>): boolean {
  return (
    plan.groups.some((group) => group.numberRestored) ||
    plan.chapters.some((chapter) => chapter.numberRestored || chapter.sections.some((section) => section.numberRestored)) ||
    plan.columns.some((column) => column.numberRestored)
  );
}

/**
 * A chapter page shows its own labels (chapter, sections, paragraphs, columns, the groups it
 * opens) and, in the plan's chapter list and pager, every group's and chapter's label.
 */
export function chapterShowsRestored(plan: Pick<Plan, 'groups' | 'chapters' | 'columns'>, chapter: Chapter): boolean {
  return (
    plan.groups.some(
      (group) =>
        group.numberRestored ||
        (group.firstChapter === chapter.n && group.blocks.some((block) => block.type === 'paragraph' && block.numberRestored === true)),
    ) ||
    plan.chapters.some((other) => other.numberRestored) ||
    chapter.sections.some((section) => section.numberRestored) ||
    [...chapter.blocks, ...chapter.sections.flatMap((section) => section.blocks)].some(
      (block) => block.type === 'paragraph' && block.numberRestored === true,
    ) ||
    plan.columns.some((column) => column.chapter === chapter.n && column.numberRestored)
  );
}
