import { expect, test } from 'vitest';
import { chapterContextOfParams, planContextOfParams } from '../../src/lib/page-context.ts';
import { findPlan } from '../../src/lib/plan-lookup.ts';
import { planFixture } from './plan-fixture.ts';

const zhangye = planFixture(
  'zhangye-2026-2030',
  [2026, 2030],
  [
    ['第一部分', '发展基础和发展环境'],
    ['第三部分', '重点工作任务'],
    ['第四部分', '保障措施'],
  ],
);
const chapter = zhangye.chapters[1]!;
chapter.blocks.push({ type: 'paragraph', text: '“十五五”时期，全市教育发展的重点工作任务如下。', anchor: 's0-p1', line: 40 });
chapter.sections.push({
  n: 1,
  number: '一、',
  numberRestored: false,
  style: 'enumerated',
  level: 1,
  title: '全面落实新时代立德树人根本任务',
  anchor: 's1',
  line: 41,
  blocks: [
    {
      type: 'paragraph',
      number: '（一）',
      lead: '统筹推进大中小幼思政课一体化建设。',
      text: '统筹推进大中小幼思政课一体化建设。紧扣立德树人根本任务。',
      anchor: 's1-p1',
      line: 42,
    },
  ],
});
const plans = [planFixture('dongli-2021-2025', [2021, 2025], []), zhangye];

test('findPlan finds a plan by id, and names the ids there are when it cannot', () => {
  expect(findPlan(plans, 'zhangye-2026-2030')).toBe(zhangye);
  expect(() => findPlan(plans, 'zhangye')).toThrow('No plan with id "zhangye"; the plans are: dongli-2021-2025, zhangye-2026-2030.');
});

test('a chapter page’s context is built once per route, from its params', () => {
  const context = chapterContextOfParams(plans, { plan: 'zhangye-2026-2030', chapter: '2' });
  expect(chapterContextOfParams(plans, { plan: 'zhangye-2026-2030', chapter: '2' })).toBe(context);
  expect(context.chapter).toBe(chapter);
  expect([context.prev?.title, context.next?.title]).toEqual(['发展基础和发展环境', '保障措施']);
  expect(context.cite).toBe('第三部分');
  expect(() => chapterContextOfParams(plans, { plan: 'zhangye-2026-2030' })).toThrow('outside a chapter page');
});

test('finds a paragraph by anchor, with its section and its locator, or before the first section', () => {
  const context = chapterContextOfParams(plans, { plan: 'zhangye-2026-2030', chapter: '2' });
  expect(context.paragraph('s1-p1')).toEqual({
    section: chapter.sections[0],
    paragraph: chapter.sections[0]!.blocks[0],
    cite: '第三部分 一、（一）',
  });
  expect(context.paragraph('s0-p1')).toEqual({ section: null, paragraph: chapter.blocks[0], cite: null });
  expect(context.section('s1').cite).toBe('第三部分 一、');
  expect(() => context.paragraph('s1-p9')).toThrow('Plan zhangye-2026-2030 chapter 2 has no paragraph #s1-p9');
  expect(() => context.section('s2')).toThrow('chapter 2 has no section #s2');
});

test('a plan’s context finds tables and columns on any page of the plan, the cover included', () => {
  const context = planContextOfParams(plans, { plan: 'zhangye-2026-2030' });
  expect(chapterContextOfParams(plans, { plan: 'zhangye-2026-2030', chapter: '2' }).plan).toBe(context.plan);
  expect(() => context.table(1)).toThrow('Plan zhangye-2026-2030 table 1 is referenced by a page but plan.json has 0');
});
