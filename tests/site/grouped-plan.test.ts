/**
 * A plan divided into 篇, 章 and 节 (tests/fixtures/site/cn-14th-excerpt.txt, an excerpt of the
 * national 14th five-year plan): the 篇 group the chapters everywhere a reader finds their way.
 */
import { selectAll } from 'hast-util-select';
import { describe, expect, inject, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { searchRecords } from '../../scripts/search/search-records.ts';
import { chapterPath, planPath } from '../../src/lib/paths.ts';
import { readPage, selectOne, textOf } from './built-site.ts';

const { contentDir, distDir } = inject('fixtureSite');
const plan = readPlans(contentDir).find((each) => each.id === 'cn-14th-excerpt')!;
const TITLE = '中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要';
const PIAN_2 = '第二篇 坚持创新驱动发展 全面塑造发展新优势';
const chapterPage = (n: number) => readPage(distDir, chapterPath(plan.id, n));

test('the fixture plan has two 篇 over four 章', () => {
  expect(plan.title).toBe(TITLE);
  expect(plan.groups.map((group) => [group.number, group.firstChapter])).toEqual([
    ['第一篇', 1],
    ['第二篇', 4],
  ]);
  expect(plan.chapters.map((chapter) => [chapter.number, chapter.group])).toEqual([
    ['第一章', 1],
    ['第二章', 1],
    ['第三章', 1],
    ['第四章', 2],
  ]);
});

describe('the cover', () => {
  const cover = readPage(distDir, planPath(plan.id));

  test('lists the chapters under their 篇, each 篇 linking to its heading on its first chapter’s page', () => {
    const groups = selectAll('.toc > ol > li.tree-group', cover);
    expect(groups.map((group) => textOf(selectOne('.tree-group-title', group)))).toEqual([
      '第一篇 开启全面建设社会主义现代化国家新征程',
      PIAN_2,
    ]);
    expect(groups.map((group) => selectOne('.tree-group-title', group).properties.href)).toEqual([
      `${chapterPath(plan.id, 1)}#g1`,
      `${chapterPath(plan.id, 4)}#g2`,
    ]);
    expect(groups.map((group) => selectAll('a.toc-chapter', group).map(textOf))).toEqual([
      ['第一章 发展环境', '第二章 指导方针', '第三章 主要目标'],
      ['第四章 强化国家战略科技力量'],
    ]);
  });

  test('counts the 篇 among what the plan holds', () => {
    expect(textOf(selectOne('.facts', cover))).toContain('2 篇 · 4 章');
  });
});

describe('the first chapter page of 第二篇', () => {
  const page = chapterPage(4);

  test('has breadcrumbs through the 篇', () => {
    expect(selectAll('.breadcrumbs li', page).map(textOf)).toEqual(['规划目录', TITLE, PIAN_2, '第四章 强化国家战略科技力量']);
    expect(selectAll('.breadcrumbs a', page).map((a) => a.properties.href)).toEqual([
      '/',
      planPath(plan.id),
      `${chapterPath(plan.id, 4)}#g2`,
    ]);
  });

  test('opens with the 篇’s heading and opening text, above its one h1, the chapter', () => {
    const intro = selectOne('#g2', page);
    expect(textOf(selectOne('.group-title', intro))).toBe(PIAN_2);
    expect(textOf(selectOne('[id="g2-p1"]', intro))).toMatch(/^坚持创新在我国现代化建设全局中的核心地位/u);
    expect(selectAll('h1', page).map(textOf)).toEqual(['第四章 强化国家战略科技力量']);
    const order = selectAll('#g2, h1', page).map((element) => element.tagName);
    expect(order).toEqual(['div', 'h1']);
  });

  test('cites its 节, 专栏 and paragraphs under the 篇: 第二篇 第四章 第一节', () => {
    expect(selectOne('#s1', page).properties.dataCite).toBe('第二篇 第四章 第一节');
    expect(selectOne('#column-1', page).properties.dataCite).toBe('第二篇 第四章 第二节 专栏2 科技前沿领域攻关');
    expect(selectOne('#g2', page).properties.dataCite).toBe('第二篇');
    expect(selectOne('section.share', page).properties.dataCite).toBe('第二篇 第四章');
    expect(selectOne('[data-plan-title]', page).properties.dataPlanTitle).toBe(TITLE);
  });

  test('lists the plan’s chapters under their 篇, and goes back across the 篇 to 第三章', () => {
    expect(selectAll('.chapter-list .tree-group-title', page).map(textOf)).toEqual(['第一篇 开启全面建设社会主义现代化国家新征程', PIAN_2]);
    expect(selectOne('.pager a[rel=prev]', page).properties.href).toBe(chapterPath(plan.id, 3));
    expect(selectAll('details.on-page a', page).map(textOf)[0]).toBe(PIAN_2);
  });
});

test('previous / next cross the 篇, and name the 篇 they lead into', () => {
  expect(textOf(selectOne('.pager a[rel=next]', chapterPage(3)))).toBe(`下一章 · ${PIAN_2}第四章 强化国家战略科技力量`);
  expect(textOf(selectOne('.pager a[rel=prev]', chapterPage(4)))).toBe(
    '上一章 · 第一篇 开启全面建设社会主义现代化国家新征程第三章 主要目标',
  );
  expect(textOf(selectOne('.pager a[rel=next]', chapterPage(2)))).toBe('下一章第三章 主要目标');
});

test('a chapter that opens no 篇 shows no 篇 heading', () => {
  expect(selectAll('.group-intro', chapterPage(2))).toEqual([]);
  expect(selectAll('.breadcrumbs li', chapterPage(2)).map(textOf)[2]).toBe('第一篇 开启全面建设社会主义现代化国家新征程');
});

test('search records follow the tree: the 篇’s opening text is searchable at its anchor, and places name their 篇', () => {
  const records = searchRecords(plan);
  const opening = records.find((record) => record.url === `${chapterPath(plan.id, 4)}#g2`);
  expect(opening?.title).toBe(PIAN_2);
  expect(opening?.text.split('\n')[1]).toMatch(/^坚持创新在我国现代化建设全局中的核心地位/u);
  const section = records.find((record) => record.url === `${chapterPath(plan.id, 4)}#s1`);
  expect([section?.title, section?.chapter]).toEqual(['第一节 整合优化科技资源配置', `${PIAN_2} › 第四章 强化国家战略科技力量`]);
  expect(records.find((record) => record.url === `${chapterPath(plan.id, 4)}#column-1`)?.chapter).toBe(
    `${PIAN_2} › 第四章 强化国家战略科技力量`,
  );
});
