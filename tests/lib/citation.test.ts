import { describe, expect, test } from 'vitest';
import {
  chapterLabels,
  chapterLocator,
  groupLocator,
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
    const locatorText = paragraphLocator(['第三部分'], { number: '二、', title: '推进教育优质均衡发展' }, { number: '（五）' });
    expect(citation(ZHANGYE, locatorText)).toBe('《张掖市“十五五”教育发展规划》第三部分 二、（五）');
  });

  test('is followed by the absolute URL of the place', () => {
    expect(
      citationWithUrl(
        '《张掖市“十五五”教育发展规划》第三部分 二、（五）',
        'https://planpress.example.org/plans/zhangye-2026-2030/3/#s2-p2',
      ),
    ).toBe('《张掖市“十五五”教育发展规划》第三部分 二、（五） https://planpress.example.org/plans/zhangye-2026-2030/3/#s2-p2');
  });

  test('labels ending in 、 or ） run on; others are followed by a space', () => {
    expect(locator(['三、', '（五）'])).toBe('三、（五）');
    expect(locator(['第三章', '一、', '1.'])).toBe('第三章 一、1.');
    expect(locator(['第二部分', '', '2.'])).toBe('第二部分 2.');
    expect(locator([])).toBe('');
  });

  test('a section of dongli-2021-2025, whose chapters are numbered 一、 and sections （一）', () => {
    expect(citation(DONGLI, sectionLocator(['三、'], { number: '（五）', title: '推进普通高中优质特色发展' }))).toBe(
      '《天津市东丽区教育事业发展“十四五”规划》三、（五）',
    );
  });

  test('a chapter or section without a printed number is cited by its title', () => {
    const plan = { groups: [] };
    expect(chapterLocator(plan, { number: null, title: '序言', group: null })).toBe('序言');
    expect(sectionLocator(['第一章'], { number: null, title: '发展基础' })).toBe('第一章 发展基础');
    expect(sectionLocator(['序言'], { number: '一、', title: '发展基础' })).toBe('序言 一、');
    expect(chapterLocator(plan, { number: '第一部分', title: '发展基础和发展环境', group: null })).toBe('第一部分');
  });

  test('a paragraph before its chapter’s first section is cited under the chapter', () => {
    expect(paragraphLocator(['第二部分'], null, { number: '1.' })).toBe('第二部分 1.');
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
    const plan = planFixture(
      'zhangye-2026-2030',
      [2026, 2030],
      [
        ['第一部分', '发展基础和发展环境'],
        ['第二部分', '指导思想和发展目标'],
      ],
    );
    plan.chapters[1]!.sections.push({
      n: 1,
      number: '一、',
      numberRestored: false,
      style: 'enumerated',
      level: 1,
      title: '指导思想',
      anchor: 's1',
      line: 9,
      blocks: [],
    });
    expect(placeLabels(plan, { chapter: 2, section: 1 })).toEqual(['第二部分', '一、']);
    expect(placeLabels(plan, { chapter: 1, section: null })).toEqual(['第一部分', '']);
    expect(placeLabels(plan, { chapter: 9, section: null })).toEqual([]);
    expect(placeLabels(plan, { chapter: null, section: null })).toEqual([]);
  });

  test('a chapter under a 篇 is cited under the 篇, as the national plan prints it: 第二篇 第四章 第一节', () => {
    const plan = planFixture(
      'cn-14th-2021-2025',
      [2021, 2025],
      [
        ['第一章', '发展环境'],
        ['第二章', '指导方针'],
        ['第三章', '主要目标'],
        ['第四章', '强化国家战略科技力量'],
      ],
    );
    plan.groups.push(
      {
        n: 1,
        number: '第一篇',
        numberRestored: false,
        style: 'pian',
        level: 0,
        title: '开启全面建设社会主义现代化国家新征程',
        parent: null,
        firstChapter: 1,
        anchor: 'g1',
        line: 3,
        blocks: [],
      },
      {
        n: 2,
        number: '第二篇',
        numberRestored: false,
        style: 'pian',
        level: 0,
        title: '坚持创新驱动发展 全面塑造发展新优势',
        parent: null,
        firstChapter: 4,
        anchor: 'g2',
        line: 189,
        blocks: [],
      },
    );
    plan.chapters.forEach((chapter) => (chapter.group = chapter.n < 4 ? 1 : 2));
    const chapter = plan.chapters[3]!;
    const title = '中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要';
    expect(citation(title, sectionLocator(chapterLabels(plan, chapter), { number: '第一节', title: '整合优化科技资源配置' }))).toBe(
      `《${title}》第二篇 第四章 第一节`,
    );
    expect(chapterLocator(plan, chapter)).toBe('第二篇 第四章');
    expect(groupLocator(plan, { n: 2 })).toBe('第二篇');
    expect(columnLocator(placeLabels(plan, { chapter: 4, section: null }), { number: '专栏2', title: '科技前沿领域攻关' })).toBe(
      '第二篇 第四章 专栏2 科技前沿领域攻关',
    );
  });
});
