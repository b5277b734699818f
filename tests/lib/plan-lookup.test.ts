import { expect, test } from 'vitest';
import { chapterOfParams } from '../../src/lib/page-plan.ts';
import { findParagraph, findPlan, findSection } from '../../src/lib/plan-lookup.ts';
import { planFixture } from './plan-fixture.ts';

const zhangye = planFixture('zhangye-2026-2030', [2026, 2030], [['第一部分', '发展基础和发展环境'], ['第三部分', '重点工作任务']]);
const chapter = zhangye.chapters[1]!;
chapter.blocks.push({ type: 'paragraph', text: '“十五五”时期，全市教育发展的重点工作任务如下。', anchor: 's0-p1', line: 40 });
chapter.sections.push({
  n: 1,
  number: '一、',
  numberRestored: false,
  title: '全面落实新时代立德树人根本任务',
  anchor: 's1',
  line: 41,
  blocks: [{ type: 'paragraph', number: '（一）', lead: '统筹推进大中小幼思政课一体化建设。', text: '统筹推进大中小幼思政课一体化建设。紧扣立德树人根本任务。', anchor: 's1-p1', line: 42 }],
});
const plans = [planFixture('dongli-2021-2025', [2021, 2025], []), zhangye];

test('findPlan finds a plan by id, and names the ids there are when it cannot', () => {
  expect(findPlan(plans, 'zhangye-2026-2030')).toBe(zhangye);
  expect(() => findPlan(plans, 'zhangye')).toThrow('No plan with id "zhangye"; the plans are: dongli-2021-2025, zhangye-2026-2030.');
});

test('findParagraph finds a paragraph by anchor, with its section, or before the first section', () => {
  expect(findParagraph(zhangye, chapter, 's1-p1')).toEqual({ section: chapter.sections[0], paragraph: chapter.sections[0]!.blocks[0] });
  expect(findParagraph(zhangye, chapter, 's0-p1')).toEqual({ section: null, paragraph: chapter.blocks[0] });
  expect(() => findParagraph(zhangye, chapter, 's1-p9')).toThrow('Plan zhangye-2026-2030 chapter 2 has no paragraph #s1-p9');
  expect(() => findSection(zhangye, chapter, 2)).toThrow('chapter 2 section 2 is referenced by a chapter but plan.json has 1');
});

test('chapterOfParams reads a chapter page’s route params, and nothing else', () => {
  expect(chapterOfParams(plans, { plan: 'zhangye-2026-2030', chapter: '2' })).toEqual({ plan: zhangye, chapter });
  expect(chapterOfParams(plans, { plan: 'zhangye-2026-2030' })).toBeNull();
  expect(chapterOfParams(plans, {})).toBeNull();
});
