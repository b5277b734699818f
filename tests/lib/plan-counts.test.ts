import { describe, expect, test } from 'vitest';
import { planCounts } from '../../src/lib/plan-counts.ts';
import { realPlan } from '../indicators/real-plans.ts';

describe('planCounts', () => {
  test('names what a plan holds (东丽: chapters, a table, its 专栏)', () => {
    const dongli = realPlan('dongli-2021-2025');
    expect(planCounts(dongli)).toBe(`${dongli.chapters.length} 章 · 1 张表 · 9 个专栏`);
  });

  test('never says "0 张表" or "0 个专栏" (双河 has no table, 张掖 no 专栏)', () => {
    const shuanghe = realPlan('shuanghe-2026-2030');
    expect(shuanghe.tables).toEqual([]);
    expect(planCounts(shuanghe)).toBe(`${shuanghe.chapters.length} 章 · ${shuanghe.columns.length} 个专栏`);
    const zhangye = realPlan('zhangye-2026-2030');
    expect(zhangye.columns).toEqual([]);
    expect(planCounts(zhangye)).toBe(`${zhangye.chapters.length} 章 · 2 张表`);
    expect(planCounts({ groups: [], chapters: zhangye.chapters, tables: [], columns: [] })).not.toMatch(/0 /u);
  });

  test('counts the 篇 a plan groups its chapters under, first', () => {
    const zhangye = realPlan('zhangye-2026-2030');
    const groups = [{ ...zhangye.chapters[0]!, n: 1, parent: null, firstChapter: 1, anchor: 'g1', blocks: [] }];
    expect(planCounts({ ...zhangye, groups })).toBe(`1 篇 · ${zhangye.chapters.length} 章 · 2 张表`);
  });
});
