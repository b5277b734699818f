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
      indicator: true,
      others: [],
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

describe('indicatorCards on the 纲要’s 专栏1', () => {
  test('a card keeps every printed cell the phone would otherwise hide: 年均/累计 beside 基期 → 目标', () => {
    const table = {
      caption: '专栏1　“十四五”时期经济社会发展主要指标',
      header: ['类别', '指标', '2020年', '2025年', '年均/累计', '属性'],
      rows: [['绿色生态', '14.单位GDP能源消耗降低（%）', '—', '—', '〔13.5〕', '约束性']],
      indicators: [
        {
          row: 0,
          name: '14.单位GDP能源消耗降低',
          unit: '%',
          category: '绿色生态',
          baseline: { year: 2020, raw: '—', value: null },
          target: { year: 2025, raw: '—', value: null },
          attribute: '约束性',
        },
      ],
    };
    const [card] = indicatorCards(table)[0]!.cards;
    expect(card!.others).toEqual([{ label: '年均/累计', raw: '〔13.5〕' }]);
  });

  test('a row that yields no indicator is a card of its printed cells, not left out', () => {
    const table = {
      caption: null,
      header: ['指标', '2020年', '2025年'],
      rows: [
        ['学前教育', '', ''],
        ['毛入园率（%）', '99', '99.5'],
      ],
      indicators: [],
    };
    const cards = indicatorCards(table).flatMap((group) => group.cards);
    expect(cards.map((card) => [card.indicator, card.name, card.others.map((other) => other.raw)])).toEqual([
      [false, '学前教育', []],
      [false, '毛入园率（%）', ['99', '99.5']],
    ]);
  });
});
