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
    expect(planCounts(zhangye)).toBe(`${zhangye.chapters.length} 部分 · 2 张表`);
    expect(planCounts({ levels: zhangye.levels, groups: [], chapters: zhangye.chapters, tables: [], columns: [] })).not.toMatch(/0 /u);
  });

  test("counts pages in the plan's own word: 张掖's pages are 第一部分…", () => {
    const zhangye = realPlan('zhangye-2026-2030');
    expect(zhangye.chapters[0]!.number).toBe('第一部分');
    expect(planCounts(zhangye)).toBe(`${zhangye.chapters.length} 部分 · 2 张表`);
    // 白碱滩's are 第一章…
    const baijiantan = realPlan('baijiantan-2021-2025');
    expect(planCounts(baijiantan)).toMatch(new RegExp(`^${baijiantan.chapters.length} 章 · `, 'u'));
  });

  test('counts the groups a plan sets its pages under first, in their own word: 篇 over 章, 部分 over 章', () => {
    const baijiantan = realPlan('baijiantan-2021-2025');
    const group = { ...baijiantan.chapters[0]!, n: 1, level: 0, parent: null, firstChapter: 1, anchor: 'g1', blocks: [] };
    const under = (style: 'pian' | 'part') => ({
      ...baijiantan,
      levels: [{ style, role: 'group' as const }, ...baijiantan.levels],
      groups: [group, { ...group, n: 2 }],
    });
    expect(planCounts(under('pian'))).toMatch(new RegExp(`^2 篇 · ${baijiantan.chapters.length} 章 · `, 'u'));
    expect(planCounts(under('part'))).toMatch(new RegExp(`^2 部分 · ${baijiantan.chapters.length} 章 · `, 'u'));
  });
});
