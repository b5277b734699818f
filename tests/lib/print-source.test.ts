import { describe, expect, test } from 'vitest';
import { printSourceLine } from '../../src/lib/print-source.ts';

describe('printSourceLine', () => {
  test('names the plan, its issuer where known, and the URL', () => {
    expect(
      printSourceLine({ title: '张掖市“十五五”教育发展规划', issuer: null }, 'https://plans.example.cn/plans/zhangye-2026-2030/3/'),
    ).toBe('《张掖市“十五五”教育发展规划》 · https://plans.example.cn/plans/zhangye-2026-2030/3/');
    expect(printSourceLine({ title: '天津市东丽区教育事业发展“十四五”规划', issuer: '东丽区人民政府' }, 'https://x/')).toBe(
      '《天津市东丽区教育事业发展“十四五”规划》 · 东丽区人民政府 · https://x/',
    );
  });
});
