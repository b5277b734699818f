/**
 * Every public URL and anchor of a plan with the text it holds (a digest with whitespace and the old ` / ` cell-line separator removed,
 * and the start of the text for a person to read): page URLs, sections, paragraphs, tables, their
 * rows and CSVs, columns. The files under tests/fixtures/published-links/ are this listing of the
 * five plans as first published; links shared since must keep pointing at the same text.
 */
import { createHash } from 'node:crypto';
import type { Block, Plan } from '../../src/lib/plan-schema.ts';

export function listPublishedLinks(plan: Plan): string[] {
  const out: string[] = [];
  const add = (url: string, text: string) => out.push(`${url}\t${digest(text)}\t${excerpt(text)}`);
  const paragraphs = (page: string, blocks: readonly Block[]) => {
    for (const block of blocks) if (block.type === 'paragraph') add(`${page}#${block.anchor}`, (block.number ?? '') + block.text);
  };
  const pageOf = (chapter: number | null) => (chapter === null ? `/plans/${plan.id}/` : `/plans/${plan.id}/${chapter}/`);
  add(`/plans/${plan.id}/`, plan.title);
  for (const group of plan.groups) paragraphs(pageOf(group.firstChapter), group.blocks);
  for (const chapter of plan.chapters) {
    const page = pageOf(chapter.n);
    add(page, (chapter.number ?? '') + chapter.title);
    paragraphs(page, chapter.blocks);
    for (const section of chapter.sections) {
      add(`${page}#${section.anchor}`, (section.number ?? '') + section.title);
      paragraphs(page, section.blocks);
    }
  }
  for (const table of plan.tables) {
    const page = pageOf(table.chapter);
    add(`${page}#${table.anchor}`, [table.caption ?? '', ...table.header].join('|'));
    add(`/plans/${plan.id}/tables/${table.n}.csv`, [table.caption ?? '', ...table.header].join('|'));
    table.rows.forEach((row, k) => add(`${page}#${table.anchor}-r${k + 1}`, row.join('|')));
  }
  for (const column of plan.columns) add(`${pageOf(column.chapter)}#${column.anchor}`, column.title);
  return out;
}

function digest(text: string): string {
  return createHash('sha256')
    .update(text.replace(/[\s/]+/gu, ''))
    .digest('hex')
    .slice(0, 12);
}

function excerpt(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
