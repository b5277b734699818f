/**
 * What the hub (the pages across plans) is given of a plan: its outline, and nothing its pages do
 * not read, so that its input — and its stamp — changes only when one of its pages would. The
 * catalogue, the indicator pages, the columns index, the open-data lists and the sitemaps read
 * titles, numbers, regions, periods, tables and columns; never a paragraph, the preamble, the
 * notice, the printed contents, the warnings or the source's hash, and source lines only to order
 * divisions. So the text is left out, and every source line is replaced by its rank among the
 * plan's kept lines (which keeps every order the pages use, while an edited paragraph, even one
 * that adds a line, leaves the ranks as they were). tests/build/ checks that the hub's pages are
 * the same bytes as a whole build's, and that an edited paragraph leaves this unchanged.
 */
import type { Plan } from '../../src/lib/plan-schema.ts';

/** Stands for the source's sha256, which no page across plans prints (the plan's own pages do). */
const UNREAD_SHA256 = '0'.repeat(64);

export function hubPlan(plan: Plan): Plan {
  const rank = lineRanks(plan);
  return {
    ...plan,
    notice: null,
    printedContents: [],
    preamble: [],
    warnings: [],
    source: { ...plan.source, sha256: UNREAD_SHA256 },
    groups: plan.groups.map((group) => ({ ...group, line: rank(group.line), blocks: [] })),
    chapters: plan.chapters.map((chapter) => ({
      ...chapter,
      line: rank(chapter.line),
      blocks: [],
      sections: chapter.sections.map((section) => ({ ...section, line: rank(section.line), blocks: [] })),
    })),
    tables: plan.tables.map((table) => ({ ...table, line: rank(table.line) })),
    columns: plan.columns.map((column) => ({ ...column, line: rank(column.line) })),
  };
}

/** Each kept source line's 1-based rank among the distinct lines of the plan's divisions, tables and columns. */
function lineRanks(plan: Plan): (line: number) => number {
  const lines = [
    ...plan.groups.map((group) => group.line),
    ...plan.chapters.flatMap((chapter) => [chapter.line, ...chapter.sections.map((section) => section.line)]),
    ...plan.tables.map((table) => table.line),
    ...plan.columns.map((column) => column.line),
  ];
  const ranks = new Map([...new Set(lines)].sort((a, b) => a - b).map((line, i) => [line, i + 1]));
  return (line) => ranks.get(line)!;
}
