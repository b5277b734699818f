import { describe, expect, test } from 'vitest';
import {
  chapterLocator,
  citation,
  citationWithUrl,
  columnLocator,
  locator,
  paragraphLocator,
  placeLabels,
  sectionLocator,
  tableLabel,
  tableLocator,
} from '../../src/lib/citation.ts';
import { planFixture } from './plan-fixture.ts';

const ZHANGYE = '张掖市“十五五”教育发展规划';
const DONGLI = '天津市东丽区教育事业发展“十四五”规划';

describe('citation', () => {
  test('a numbered paragraph of zhangye-2026-2030 reads as in the issue', () => {
    const locatorText = paragraphLocator({ number: '第三部分' }, { number: '二、' }, { number: '（五）' });
    expect(citation(ZHANGYE, locatorText)).toBe('《张掖市“十五五”教育发展规划》第三部分 二、（五）');
  });

  test('is followed by the absolute URL of the place', () => {
    expect(citationWithUrl('《张掖市“十五五”教育发展规划》第三部分 二、（五）', 'https://planpress.example.org/plans/zhangye-2026-2030/3/#s2-p2')).toBe(
      '《张掖市“十五五”教育发展规划》第三部分 二、（五） https://planpress.example.org/plans/zhangye-2026-2030/3/#s2-p2',
    );
  });

  test('labels ending in 、 or ） run on; others are followed by a space', () => {
    expect(locator(['三、', '（五）'])).toBe('三、（五）');
    expect(locator(['第三章', '一、', '1.'])).toBe('第三章 一、1.');
    expect(locator(['第二部分', '', '2.'])).toBe('第二部分 2.');
    expect(locator([])).toBe('');
  });

  test('a section of dongli-2021-2025, whose chapters are numbered 一、 and sections （一）', () => {
    expect(citation(DONGLI, sectionLocator({ number: '三、' }, { number: '（五）', title: '推进普通高中优质特色发展' }))).toBe(
      '《天津市东丽区教育事业发展“十四五”规划》三、（五）',
    );
  });

  test('a chapter or section without a printed number is cited by its title', () => {
    expect(chapterLocator({ number: '', title: '总体要求' })).toBe('总体要求');
    expect(sectionLocator({ number: '第一章' }, { number: '', title: '发展基础' })).toBe('第一章 发展基础');
    expect(chapterLocator({ number: '第一部分', title: '发展基础和发展环境' })).toBe('第一部分');
  });

  test('a paragraph before its chapter’s first section is cited under the chapter', () => {
    expect(paragraphLocator({ number: '第二部分' }, null, { number: '1.' })).toBe('第二部分 1.');
  });

  test('a table is cited by its place and its caption as printed, whitespace collapsed', () => {
    const table = { n: 2, caption: '表2  张掖教育事业发展和人力资源开发“十五五”主要预期指标' };
    expect(citation(ZHANGYE, tableLocator(['第二部分', '三、'], table))).toBe(
      '《张掖市“十五五”教育发展规划》第二部分 三、 表2 张掖教育事业发展和人力资源开发“十五五”主要预期指标',
    );
    expect(tableLabel({ n: 3, caption: null })).toBe('表3');
    expect(tableLocator([], { n: 1, caption: null })).toBe('表1');
  });

  test('a featured column is cited by its place, number and title', () => {
    expect(citation(DONGLI, columnLocator(['三、', '（二）'], { number: '专栏1', title: '新时代立德树人工程' }))).toBe(
      '《天津市东丽区教育事业发展“十四五”规划》三、（二） 专栏1 新时代立德树人工程',
    );
  });

  test('placeLabels finds the chapter and section a table or column stands in', () => {
    const plan = planFixture('zhangye-2026-2030', [2026, 2030], [['第一部分', '发展基础和发展环境'], ['第二部分', '指导思想和发展目标']]);
    plan.chapters[1]!.sections.push({ n: 1, number: '一、', numberRestored: false, title: '指导思想', anchor: 's1', line: 9, blocks: [] });
    expect(placeLabels(plan, { chapter: 2, section: 1 })).toEqual(['第二部分', '一、']);
    expect(placeLabels(plan, { chapter: 1, section: null })).toEqual(['第一部分', '']);
    expect(placeLabels(plan, { chapter: 9, section: null })).toEqual([]);
  });
});
