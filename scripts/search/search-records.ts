/**
 * What the search index holds: one record per place a result can link to — a plan's cover, a
 * group's opening (第二篇 and its text, on its first chapter's page), a chapter's opening (before
 * its first section), each section, each table and each featured column — with the text the built
 * page shows there. Tables and columns are records of their
 * own, so they can be filtered by kind, and are left out of the section around them.
 */
import { coverBlocks } from '../../src/lib/cover-blocks.ts';
import { columnHeadingText, numberedTitle } from '../../src/lib/labels.ts';
import { anchorPath, chapterPath, planPath } from '../../src/lib/paths.ts';
import { findColumn, findTable } from '../../src/lib/plan-lookup.ts';
import type { Block, Chapter, Column, Group, Plan, Table } from '../../src/lib/plan-schema.ts';
import { groupPath, groupsOpeningOn } from '../../src/lib/plan-tree.ts';
import { tableGrid } from '../../src/lib/table-grid.ts';

/** The kinds of content a reader can filter by. */
export const RECORD_KINDS = {
  text: '正文',
  indicatorTable: '指标表',
  taskList: '任务清单',
  otherTable: '表格',
  column: '专栏',
} as const;
export type RecordKind = (typeof RECORD_KINDS)[keyof typeof RECORD_KINDS];

const TABLE_KINDS: Readonly<Record<Table['kind'], RecordKind>> = {
  indicator: RECORD_KINDS.indicatorTable,
  'task-list': RECORD_KINDS.taskList,
  other: RECORD_KINDS.otherTable,
};

/** What a record says about its plan: enough for meta and filters. */
export type RecordPlan = Pick<Plan, 'id' | 'title' | 'region' | 'period'>;

export interface SearchRecord {
  /** Site-relative URL: a chapter page with the record's anchor, or a page itself. */
  url: string;
  /** The heading of what the record covers, as the page shows it. */
  title: string;
  /** Where the record stands in the plan's tree: its groups' and chapter's numbered titles joined by ` › ` (`第二篇 … › 第四章 …`), or '' for the cover. */
  chapter: string;
  kind: RecordKind;
  /** The text the page shows, one block (heading, paragraph, table row, item) a line. */
  text: string;
  plan: RecordPlan;
}

/** Every record of a plan, in reading order. */
export function searchRecords(plan: Plan): SearchRecord[] {
  const owner: RecordPlan = { id: plan.id, title: plan.title, region: plan.region, period: plan.period };
  const cover: SearchRecord = {
    url: planPath(plan.id),
    title: plan.title,
    chapter: '',
    kind: RECORD_KINDS.text,
    text: lines([plan.title, ...plan.preamble]),
    plan: owner,
  };
  const coverObjects = coverBlocks(plan).flatMap((block): Block[] =>
    block.type === 'paragraph' ? [] : [{ type: block.type, n: block.n }],
  );
  return [
    cover,
    ...coverObjects.flatMap(
      objectRecords(plan, (url, title, kind, blocks) => ({ url, title, chapter: '', kind, text: lines(blocks), plan: owner }), null),
    ),
    ...plan.chapters.flatMap((chapter) => [
      ...groupsOpeningOn(plan.groups, chapter.n).flatMap((group) => groupRecords(plan, owner, chapter, group)),
      ...chapterRecords(plan, owner, chapter),
    ]),
  ];
}

type MakeRecord = (url: string, title: string, kind: RecordKind, blocks: readonly string[]) => SearchRecord;

/** The trail of numbered titles down to a place: `第二篇 … › 第四章 …`. */
function trail(titles: readonly string[]): string {
  return titles.join(' › ');
}

function groupTitles(plan: Plan, group: number | null): string[] {
  return groupPath(plan.groups, group).map((each) => numberedTitle(each.number, each.title));
}

/** A group's heading and opening text, on its first chapter's page at its anchor; its tables and columns are records of their own. */
function groupRecords(plan: Plan, owner: RecordPlan, chapter: Chapter, group: Group): SearchRecord[] {
  const groupTitle = numberedTitle(group.number, group.title);
  const record: MakeRecord = (url, title, kind, blocks) => ({
    url,
    title,
    chapter: trail(groupTitles(plan, group.n)),
    kind,
    text: lines(blocks),
    plan: owner,
  });
  const opening = record(anchorPath(plan.id, chapter.n, group.anchor), groupTitle, RECORD_KINDS.text, [
    groupTitle,
    ...paragraphTexts(group.blocks),
  ]);
  return [opening, ...group.blocks.flatMap(objectRecords(plan, record, chapter.n))];
}

/** The records of a block that is a table or column, at its anchor on the page `chapter` (null: the cover). */
function objectRecords(plan: Plan, record: MakeRecord, chapter: number | null): (block: Block) => SearchRecord[] {
  return (block) => {
    if (block.type === 'table') {
      const table = findTable(plan, block.n);
      const caption = table.caption ?? `表${table.n}`;
      return [record(anchorPath(plan.id, chapter, table.anchor), caption, TABLE_KINDS[table.kind], [caption, ...tableLines(table)])];
    }
    if (block.type === 'column') {
      const column: Column = findColumn(plan, block.n);
      const title = columnHeadingText(column);
      const body = column.table === undefined ? column.items.map(oneLine) : tableLines(findTable(plan, column.table));
      return [record(anchorPath(plan.id, chapter, column.anchor), title, RECORD_KINDS.column, [title, ...body])];
    }
    return [];
  };
}

function chapterRecords(plan: Plan, owner: RecordPlan, chapter: Chapter): SearchRecord[] {
  const chapterTitle = numberedTitle(chapter.number, chapter.title);
  const record: MakeRecord = (url, title, kind, blocks) => ({
    url,
    title,
    chapter: trail([...groupTitles(plan, chapter.group), chapterTitle]),
    kind,
    text: lines(blocks),
    plan: owner,
  });
  const tableOrColumn = objectRecords(plan, record, chapter.n);
  const opening = record(chapterPath(plan.id, chapter.n), chapterTitle, RECORD_KINDS.text, [
    chapterTitle,
    ...paragraphTexts(chapter.blocks),
  ]);
  const sections = chapter.sections.flatMap((section) => {
    const sectionTitle = numberedTitle(section.number, section.title);
    const url = anchorPath(plan.id, chapter.n, section.anchor);
    return [
      record(url, sectionTitle, RECORD_KINDS.text, [sectionTitle, ...paragraphTexts(section.blocks)]),
      ...section.blocks.flatMap(tableOrColumn),
    ];
  });
  return [opening, ...chapter.blocks.flatMap(tableOrColumn), ...sections];
}

/** A paragraph as printed: its run-in number, then its text (which includes the lead). */
function paragraphTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => (block.type === 'paragraph' ? [`${block.number ?? ''}${block.text}`] : []));
}

/** The header, then the rows as the page draws them: a merged cell once, not the copies the open data fills in. */
/** A cell or item printed over several lines is one line of a record. */
function oneLine(text: string): string {
  return text.replaceAll('\n', ' ');
}

function tableLines(table: Table): string[] {
  return [table.header.join(' '), ...tableGrid(table).map((row) => row.map((cell) => oneLine(cell.text)).join(' '))];
}

function lines(blocks: readonly string[]): string {
  return blocks.join('\n');
}
