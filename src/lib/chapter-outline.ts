/** A chapter's "on this page" contents: the groups it opens, its sections, and the tables and columns where they stand. */
import { tableLabel } from './citation.ts';
import { numberedTitle } from './labels.ts';
import type { Block, Chapter, Group, Plan } from './plan-schema.ts';

export interface OutlineEntry {
  anchor: string;
  /** The label a reader sees (`一、`, `专栏3`), or null (a table, an unnumbered part). */
  number: string | null;
  numberRestored: boolean;
  title: string;
  kind: 'group' | 'section' | 'table' | 'column';
  /** Tables and columns inside a section. */
  children: OutlineEntry[];
}

/** Entries in reading order: the groups whose opening stands on the page, objects before the first section, then each section with its objects. */
export function chapterOutline(
  plan: Pick<Plan, 'tables' | 'columns'>,
  chapter: Pick<Chapter, 'blocks' | 'sections'>,
  openingGroups: readonly Group[] = [],
): OutlineEntry[] {
  return [
    ...openingGroups.map((group): OutlineEntry => ({
      anchor: group.anchor,
      number: group.number,
      numberRestored: group.numberRestored,
      title: group.title,
      kind: 'group',
      children: objectEntries(plan, group.blocks),
    })),
    ...objectEntries(plan, chapter.blocks),
    ...chapter.sections.map((section): OutlineEntry => ({
      anchor: section.anchor,
      number: section.number,
      numberRestored: section.numberRestored,
      title: section.title,
      kind: 'section',
      children: objectEntries(plan, section.blocks),
    })),
  ];
}

function objectEntries(plan: Pick<Plan, 'tables' | 'columns'>, blocks: readonly Block[]): OutlineEntry[] {
  return blocks.flatMap((block): OutlineEntry[] => {
    if (block.type === 'table') {
      const table = plan.tables[block.n - 1];
      return table
        ? [{ anchor: table.anchor, number: null, numberRestored: false, title: tableLabel(table), kind: 'table', children: [] }]
        : [];
    }
    if (block.type === 'column') {
      const column = plan.columns[block.n - 1];
      return column
        ? [
            {
              anchor: column.anchor,
              number: column.number,
              numberRestored: column.numberRestored,
              title: column.title,
              kind: 'column',
              children: [],
            },
          ]
        : [];
    }
    return [];
  });
}

/** An entry's text as one string, for tests and titles. */
export function outlineText(entry: Pick<OutlineEntry, 'number' | 'title'>): string {
  return numberedTitle(entry.number, entry.title);
}
