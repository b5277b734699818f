import { describe, expect, test } from 'vitest';
import { isCutTitle } from '../../src/lib/cut-title.ts';
import { realPlan } from '../indicators/real-plans.ts';

describe('isCutTitle', () => {
  const columns = realPlan('dongli-2021-2025').columns;

  test('东丽 专栏5, titled just 工程, was cut by the export', () => {
    const cut = columns.filter((column) => isCutTitle(column.title));
    expect(cut.map((column) => [column.number, column.title])).toEqual([['专栏5', '工程']]);
  });

  test('a whole title ending in 工程 is not (专栏9 “智慧+”教育平台建设工程)', () => {
    expect(isCutTitle(columns.find((column) => column.number === '专栏9')!.title)).toBe(false);
  });
});
