import { expect, test } from 'vitest';
import { chapterOutline, outlineText } from '../../src/lib/chapter-outline.ts';
import type { Column, Section, Table } from '../../src/lib/plan-schema.ts';
import { planFixture } from './plan-fixture.ts';

const section = (n: number, number: string, title: string, blocks: Section['blocks']): Section => ({
  n,
  number,
  numberRestored: false,
  style: 'enumerated',
  level: 1,
  title,
  anchor: `s${n}`,
  line: n,
  blocks,
});
const table = (n: number, caption: string | null): Table => ({
  n,
  caption,
  kind: 'indicator',
  chapter: 2,
  section: 3,
  anchor: `table-${n}`,
  line: 1,
  header: [],
  rows: [],
  spans: [],
  indicators: [],
});
const column = (n: number, title: string): Column => ({
  n,
  number: `专栏${n}`,
  numberRestored: true,
  title,
  chapter: 2,
  section: null,
  anchor: `column-${n}`,
  line: 1,
  items: [],
});

test('sections in order, each with the tables and columns that stand in it; objects before the first section first', () => {
  const plan = {
    ...planFixture('zhangye-2026-2030', [2026, 2030], []),
    tables: [table(1, '表1  “十四五”时期张掖教育事业发展指标完成情况'), table(2, null)],
    columns: [column(1, '新时代立德树人工程')],
  };
  const outline = chapterOutline(plan, {
    blocks: [{ type: 'column', n: 1 }],
    sections: [
      section(1, '一、', '指导思想', [
        { type: 'paragraph', text: '坚持以习近平新时代中国特色社会主义思想为指导。', anchor: 's1-p1', line: 2 },
      ]),
      section(2, '二、', '发展原则', []),
      section(3, '三、', '“十五五”发展目标', [
        { type: 'table', n: 1 },
        { type: 'table', n: 2 },
      ]),
    ],
  });
  expect(
    outline.map((entry) => [entry.kind, outlineText(entry), entry.children.map((child) => [child.anchor, outlineText(child)])]),
  ).toEqual([
    ['column', '专栏1 新时代立德树人工程', []],
    ['section', '一、指导思想', []],
    ['section', '二、发展原则', []],
    [
      'section',
      '三、“十五五”发展目标',
      [
        ['table-1', '表1 “十四五”时期张掖教育事业发展指标完成情况'],
        ['table-2', '表2'],
      ],
    ],
  ]);
  expect(outline[0]?.numberRestored).toBe(true);
});
