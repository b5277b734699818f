import { describe, expect, test } from 'vitest';
import { RECORD_KINDS, searchRecords } from '../../scripts/search/search-records.ts';
import { columnHeadingText, numberedTitle } from '../../src/lib/labels.ts';
import { anchorPath, chapterPath, planPath } from '../../src/lib/paths.ts';
import type { Block } from '../../src/lib/plan-schema.ts';
import { realPlans } from './real-plans.ts';

describe.each(realPlans())('$id', (plan) => {
  const records = searchRecords(plan);
  const lines = (url: string) => records.find((record) => record.url === url)?.text.split('\n') ?? [];
  const holding = (line: string) => records.filter((record) => record.text.split('\n').includes(line)).map((record) => record.url);

  test('has one record per cover, chapter, section, table and column, each at its own URL', () => {
    const sections = plan.chapters.reduce((sum, chapter) => sum + chapter.sections.length, 0);
    expect(records).toHaveLength(1 + plan.chapters.length + sections + plan.tables.length + plan.columns.length);
    expect(new Set(records.map((record) => record.url)).size).toBe(records.length);
    expect(lines(planPath(plan.id))).toEqual([plan.title, ...plan.preamble]);
  });

  test('every paragraph is in the record of its section, or of its chapter’s opening, and nowhere else', () => {
    const paragraphs = (blocks: readonly Block[]) =>
      blocks.flatMap((block) => (block.type === 'paragraph' ? [`${block.number ?? ''}${block.text}`] : []));
    for (const chapter of plan.chapters) {
      const opening = chapterPath(plan.id, chapter.n);
      expect(lines(opening)[0]).toBe(numberedTitle(chapter.number, chapter.title));
      for (const text of paragraphs(chapter.blocks)) expect(holding(text)).toContain(opening);
      for (const section of chapter.sections) {
        const url = anchorPath(plan.id, chapter.n, section.anchor);
        expect(lines(url)[0]).toBe(numberedTitle(section.number, section.title));
        for (const text of paragraphs(section.blocks)) expect(holding(text)).toEqual([url]);
      }
    }
  });

  test('a table is a record of its own, with a merged cell once, and not part of its section', () => {
    for (const table of plan.tables) {
      const record = records.find((candidate) => candidate.url === anchorPath(plan.id, table.chapter, table.anchor));
      expect(record?.kind).toBe(table.kind === 'indicator' ? RECORD_KINDS.indicatorTable : RECORD_KINDS.taskList);
      const text = record?.text ?? '';
      expect(text.split('\n')).toHaveLength(2 + table.rows.length);
      for (const span of table.spans) {
        const merged = table.rows[span.row]![span.col]!;
        const printed = text.split('\n').filter((line) => line.startsWith(`${merged} `)).length;
        expect(printed, merged).toBeLessThan(span.rowSpan);
      }
      expect(holding(table.caption ?? `表${table.n}`)).toHaveLength(1);
    }
  });

  test('a featured column is a record of its own, its items one a line', () => {
    for (const column of plan.columns) {
      const record = records.find((candidate) => candidate.url === anchorPath(plan.id, column.chapter, column.anchor));
      expect(record?.kind).toBe(RECORD_KINDS.column);
      expect(record?.text.split('\n')).toEqual([columnHeadingText(column), ...column.items.map((item) => item.replaceAll('\n', ' '))]);
    }
  });

  test('carries the plan’s title, period and region for filters', () => {
    for (const record of records) expect(record.plan).toEqual({ id: plan.id, title: plan.title, region: plan.region, period: plan.period });
  });
});
