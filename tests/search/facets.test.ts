import { describe, expect, test } from 'vitest';
import type { SearchResult } from '../../src/search/engine.ts';
import { facetValues, passes, selectionFromParams, writeSelection } from '../../src/search/facets.ts';
import { groupByPlan } from '../../src/search/group-results.ts';

const DONGLI = { plan: '天津市东丽区教育事业发展“十四五”规划', planId: 'dongli-2021-2025', period: '十四五', region: '天津市东丽区' };
const ZHANGYE = { plan: '张掖市“十五五”教育发展规划', planId: 'zhangye-2026-2030', period: '十五五', region: '甘肃省张掖市' };

function result(plan: typeof DONGLI, title: string, kind: string): SearchResult {
  return { ...plan, url: '', title, excerpt: '', planUrl: `/plans/${plan.planId}/`, chapter: '', kind, matches: 1, exact: true };
}

/** Where 学前三年毛入园率 occurs in the real plans, best first. */
const results = [
  result(DONGLI, '（一）主要成绩', '正文'),
  result(ZHANGYE, '表1  “十四五”时期张掖教育事业发展指标完成情况', '指标表'),
  result(DONGLI, '（四）发展目标', '正文'),
  result(DONGLI, '表  “十四五”期间东丽教育事业发展主要目标', '指标表'),
  result(ZHANGYE, '三、“十五五”发展目标', '正文'),
];

describe('facetValues', () => {
  test('counts each value among the results when nothing is chosen', () => {
    const values = facetValues(results, {});
    expect(values.plan).toEqual([
      { value: DONGLI.plan, count: 3, selected: false },
      { value: ZHANGYE.plan, count: 2, selected: false },
    ]);
    expect(values.kind.map(({ value, count }) => [value, count])).toEqual([
      ['正文', 3],
      ['指标表', 2],
    ]);
  });

  test('counts a facet under the other facets’ choices, not its own', () => {
    const values = facetValues(results, { kind: ['指标表'] });
    expect(values.plan.map(({ count }) => count)).toEqual([1, 1]);
    expect(values.kind).toEqual([
      { value: '正文', count: 3, selected: false },
      { value: '指标表', count: 2, selected: true },
    ]);
  });

  test('leaves out a facet a result has no value for', () => {
    expect(facetValues([{ ...results[0]!, region: null }], {}).region).toEqual([]);
  });
});

describe('passes', () => {
  test('values of one facet widen, facets narrow', () => {
    const kept = (selection: Parameters<typeof passes>[1]) => results.filter((r) => passes(r, selection)).map((r) => r.title);
    expect(kept({ kind: ['指标表', '正文'] })).toHaveLength(5);
    expect(kept({ kind: ['指标表'], period: ['十五五'] })).toEqual(['表1  “十四五”时期张掖教育事业发展指标完成情况']);
  });
});

describe('the selection in the URL', () => {
  test('round-trips through a query string, beside the query', () => {
    const params = new URLSearchParams('q=学前三年毛入园率&kind=old');
    writeSelection(params, { kind: ['指标表'], plan: [DONGLI.plan, ZHANGYE.plan] });
    expect(params.get('q')).toBe('学前三年毛入园率');
    expect(selectionFromParams(new URLSearchParams(params.toString()))).toEqual({ plan: [DONGLI.plan, ZHANGYE.plan], kind: ['指标表'] });
  });
});

describe('groupByPlan', () => {
  test('orders plans by their best result and keeps the results’ order within each', () => {
    expect(groupByPlan(results).map((group) => [group.plan, group.results.map((r) => r.title)])).toEqual([
      [DONGLI.plan, ['（一）主要成绩', '（四）发展目标', '表  “十四五”期间东丽教育事业发展主要目标']],
      [ZHANGYE.plan, ['表1  “十四五”时期张掖教育事业发展指标完成情况', '三、“十五五”发展目标']],
    ]);
  });
});
