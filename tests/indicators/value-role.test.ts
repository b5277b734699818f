import { describe, expect, test } from 'vitest';
import { endValueRole, roleLabel } from '../../src/lib/indicators/value-role.ts';

describe('endValueRole', () => {
  test('a 完成情况 table reports results (张掖 表1)', () => {
    expect(endValueRole('表1  “十四五”时期张掖教育事业发展指标完成情况')).toBe('result');
    expect(roleLabel(endValueRole('表1  “十四五”时期张掖教育事业发展指标完成情况'))).toBe('实际');
  });

  test('a table of targets, or one without a caption, holds targets (张掖 表2, 东丽)', () => {
    expect(endValueRole('表2  张掖教育事业发展和人力资源开发“十五五”主要预期指标')).toBe('target');
    expect(endValueRole('表  “十四五”期间东丽教育事业发展主要目标')).toBe('target');
    expect(endValueRole(null)).toBe('target');
    expect(roleLabel('target')).toBe('目标');
  });
});
