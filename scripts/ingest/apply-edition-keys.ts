/**
 * The plan model under the keys its links were published with (`reconcileEditions`): chapter
 * numbers and URLs, section and paragraph anchors, table and column numbers. The one place that
 * writes keys back into the model's shape; `planUnits` is the one that reads them.
 */
import type { Block, Plan } from '../../src/lib/plan-schema.ts';

export function applyEditionKeys(plan: Plan, keys: ReadonlyMap<string, string>): Plan {
  const copy = structuredClone(plan);
  const keyOf = (key: string): string => {
    const final = keys.get(key);
    if (final === undefined) throw new Error(`applyEditionKeys: no key for ${key}`);
    return final;
  };
  const anchor = (key: string) => keyOf(key).split('#')[1]!;
  const chapterN = new Map<number, number>();
  const tableN = new Map<number, number>();
  const columnN = new Map<number, number>();
  const byN = <T extends { n: number }>(items: readonly T[], n: number) => items.find((item) => item.n === n)!;

  const rekeyOn = (page: number) => (block: Block) => {
    if (block.type === 'paragraph') block.anchor = anchor(`${page}#${block.anchor}`);
    else if (block.type === 'table')
      tableN.set(block.n, Number(anchor(`${page}#${byN(plan.tables, block.n).anchor}`).replace('table-', '')));
    else columnN.set(block.n, Number(anchor(`${page}#${byN(plan.columns, block.n).anchor}`).replace('column-', '')));
  };
  // A group's heading and opening text stand on its first chapter's page.
  for (const group of copy.groups) {
    group.anchor = anchor(`${group.firstChapter}#${group.anchor}`);
    group.blocks.forEach(rekeyOn(group.firstChapter));
  }
  for (const chapter of copy.chapters) {
    const page = chapter.n;
    const rekey = rekeyOn(page);
    chapter.blocks.forEach(rekey);
    for (const section of chapter.sections) {
      section.anchor = anchor(`${page}#${section.anchor}`);
      section.blocks.forEach(rekey);
    }
    chapterN.set(page, Number(keyOf(String(page))));
  }

  const renumber = (block: Block) => {
    if (block.type === 'table') block.n = tableN.get(block.n)!;
    else if (block.type === 'column') block.n = columnN.get(block.n)!;
  };
  for (const group of copy.groups) {
    group.blocks.forEach(renumber);
    group.firstChapter = chapterN.get(group.firstChapter) ?? group.firstChapter;
  }
  for (const chapter of copy.chapters) {
    chapter.blocks.forEach(renumber);
    chapter.sections.forEach((section) => section.blocks.forEach(renumber));
    const n = chapterN.get(chapter.n)!;
    chapter.url = chapter.url.replace(/\/\d+\/$/u, `/${n}/`);
    chapter.n = n;
  }
  for (const table of copy.tables) {
    table.n = tableN.get(table.n) ?? table.n;
    table.anchor = `table-${table.n}`;
    table.chapter = table.chapter === null ? null : (chapterN.get(table.chapter) ?? table.chapter);
  }
  for (const column of copy.columns) {
    column.n = columnN.get(column.n) ?? column.n;
    column.anchor = `column-${column.n}`;
    column.chapter = column.chapter === null ? null : (chapterN.get(column.chapter) ?? column.chapter);
  }
  return copy;
}
