import { describe, expect, test } from 'vitest';
import { emptyColumns } from '../../src/lib/empty-columns.ts';
import { realPlan } from '../indicators/real-plans.ts';

describe('emptyColumns', () => {
  test('finds the blank 序号 column of 现代化’s task list', () => {
    const [table] = realPlan('xiandaihua-2025').tables;
    expect(table!.header[1]).toBe('序号');
    expect([...emptyColumns(table!)]).toEqual([1]);
  });

  test('keeps every column that holds a value (张掖 表2)', () => {
    expect(emptyColumns(realPlan('zhangye-2026-2030').tables[1]!).size).toBe(0);
  });
});
