/** The indicator explorer as built: every indicator has its page, every value is printed as is and links to its table. */
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { newestFirst } from '../../src/lib/catalogue.ts';
import { INDICATORS_PATH, indicatorPath } from '../../src/lib/paths.ts';
import { groupIndicators, type IndicatorGroup } from '../../src/lib/indicators/group-indicators.ts';
import { isDrawn, readValue } from '../../src/lib/indicators/value-reading.ts';
import { builtSites, collapse, readPage, selectOne, textOf } from '../site/built-site.ts';

/** Every text node under a node: SVG `<title>`s included, which a reader's text leaves out. */
const rawText = (node: Element): string =>
  node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? rawText(child) : '')).join('');
/** The printed value and the note beside it, in each value cell of a page. */
const valueCells = (tree: ReturnType<typeof readPage>) =>
  selectAll('.compare-table td', tree).map((td) => [
    textOf(selectOne('.value-printed', td)),
    selectAll('.value-note', td).map(textOf)[0] ?? null,
  ]);
const hrefs = (tree: Element | ReturnType<typeof readPage>, selector = 'main a[href]') =>
  selectAll(selector, tree).map((a) => String(a.properties.href));

describe.each(builtSites())('%s', (_, { contentDir, distDir }) => {
  const groups = groupIndicators(newestFirst(readPlans(contentDir)));
  const pageOf = (group: IndicatorGroup) => readPage(distDir, indicatorPath(group.id));
  const groupNamed = (name: string) => groups.find((group) => group.name === name);

  test('/indicators/ links to every indicator’s page, and nothing else in the explorer', () => {
    const listed = hrefs(readPage(distDir, INDICATORS_PATH)).filter((href) => href.startsWith(INDICATORS_PATH) && href !== INDICATORS_PATH);
    expect(new Set(listed)).toEqual(new Set(groups.map((group) => indicatorPath(group.id))));
  });

  test('each indicator page is headed by its name and shows every row’s values as printed, each linked to its table', () => {
    for (const group of groups) {
      const page = pageOf(group);
      expect(textOf(selectOne('h1', page))).toBe(collapse(group.qualifier === null ? group.name : `${group.name}（${group.qualifier}）`));
      const rows = selectAll('.compare-table tbody tr', page);
      expect(rows).toHaveLength(group.records.length);
      group.records.forEach((record, i) => {
        const values = selectAll('a.value', rows[i]!);
        const printed = [record.indicator.baseline, record.indicator.target].filter((value) => value !== null);
        expect(values.map((a) => textOf(selectOne('.value-printed', a)))).toEqual(printed.map((value) => collapse(value.raw)));
        for (const a of values) expect(a.properties.href).toBe(record.href);
        expect(hrefs(rows[i]!, 'a[href]')).toContain(record.href);
      });
    }
  });

  test('each chart draws exactly the values that read as one number, and nothing it cannot read', () => {
    for (const group of groups) {
      const drawn = group.records.flatMap((record) =>
        [record.indicator.baseline, record.indicator.target].filter(
          (value) => value !== null && value.year !== null && isDrawn(readValue(value, record.unit)),
        ),
      );
      const circles = selectAll('.indicator-chart circle', pageOf(group));
      expect(circles, group.name).toHaveLength(drawn.length);
      expect(circles.map((circle) => rawText(circle).split('：').at(-1)).sort()).toEqual(drawn.map((value) => value!.raw).sort());
      expect(selectAll('.indicator-chart', pageOf(group)).length === 0, group.name).toBe(drawn.length === 0);
    }
  });

  if (groups.length > 0) {
    test('东丽’s >99 is printed, named a bound and drawn hollow; its 小学：60 / … is printed and not drawn', () => {
      const retention = pageOf(groupNamed('九年义务教育巩固率')!);
      expect(valueCells(retention)).toContainEqual(['>99', '下限，图中按 99 画']);
      expect(selectAll('.indicator-chart .chart-point.bound circle', retention).map((circle) => collapse(rawText(circle)))).toEqual([
        '天津市东丽区教育事业发展“十四五”规划 表 “十四五”期间东丽教育事业发展主要目标 2025年目标：>99',
      ]);
      const fitness = pageOf(groupNamed('学生体质健康优良率')!);
      expect(valueCells(fitness)).toContainEqual(['小学：60 初中：60 高中：50', '不是单一数值，未画入图中']);
      expect(selectAll('svg', selectOne('main', fitness))).toEqual([]);
    });

    test('a page joined by a synonym rule names the printed wordings and the rule', () => {
      const text = textOf(pageOf(groupNamed('学前教育毛入园率')!));
      expect(text).toContain('原文写法 学前三年毛入园率、学前教育毛入园率');
      expect(text).toContain('学前教育毛入园率按学前三年（3—5岁）计算');
    });
  } else {
    test('with no indicator tables, /indicators/ says so', () => {
      expect(textOf(selectOne('main', readPage(distDir, INDICATORS_PATH)))).toContain('都没有指标表');
    });
  }
});
