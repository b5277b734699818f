import { describe, expect, test } from 'vitest';
import { valueSummary } from '../../src/lib/indicators/value-summary.ts';
import { realPlan } from './real-plans.ts';

describe('valueSummary', () => {
  const zhangye = realPlan('zhangye-2026-2030');
  const rowOf = (n: number) => ({ plan: zhangye, table: zhangye.tables[n - 1]!, indicator: zhangye.tables[n - 1]!.indicators[0]! });

  test('a target table’s row: place, baseline and target as printed (张掖 表2)', () => {
    expect(valueSummary(rowOf(2))).toBe('甘肃省张掖市 2025年 99.54 → 2030年目标 99.8');
  });

  test('a 完成情况 table’s row names its last value 实际 (张掖 表1)', () => {
    expect(valueSummary(rowOf(1))).toBe('甘肃省张掖市 2020年 99.51 → 2025年实际 99.54%');
  });
});
