import { describe, expect, test } from 'vitest';
import { indicatorCards } from '../../src/lib/indicator-cards.ts';
import { realPlan } from '../indicators/real-plans.ts';

const zhangye = realPlan('zhangye-2026-2030');
const tableOf = (n: number) => zhangye.tables.find((table) => table.n === n)!;

describe('indicatorCards on 张掖', () => {
  test('表2: one card per indicator under its category, in the table’s order, target and attribute as printed', () => {
    const groups = indicatorCards(tableOf(2));
    expect(groups[0]!.category).toBe('基础教育');
    expect(groups.flatMap((group) => group.cards)).toHaveLength(tableOf(2).indicators.length);
    expect(groups[0]!.cards[0]).toEqual({
      row: 0,
      name: '学前教育毛入园率',
      unit: '%',
      from: { label: '2025年', raw: '99.54' },
      to: { label: '2030年目标', raw: '99.8' },
      attribute: '约束性',
    });
    const categories = groups.map((group) => group.category);
    expect(new Set(categories).size, 'a category is one group, not split').toBe(categories.length);
  });

  test('表1 is a 完成情况 table: its 2025 value is named 实际, not 目标', () => {
    const [group] = indicatorCards(tableOf(1));
    expect(group!.category).toBeNull();
    expect(group!.cards[0]!.to).toEqual({ label: '2025年实际', raw: '99.54%' });
  });
});
