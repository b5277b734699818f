import { describe, expect, test } from 'vitest';
import { normaliseName } from '../../src/lib/indicators/normalise-name.ts';
import { SYNONYM_RULES, synonymRuleFor } from '../../src/lib/indicators/synonym-rules.ts';

const canonicalOf = (printed: string) => synonymRuleFor(normaliseName(printed))?.canonical ?? null;

describe('synonym rules', () => {
  test('every rule matches its own canonical name', () => {
    for (const rule of SYNONYM_RULES) expect(canonicalOf(rule.canonical)).toBe(rule.canonical);
  });

  test.each([
    ['学前教育毛入园率', ['学前三年毛入园率（%）', '学前三年毛入园率', '学前教育毛入园率（%）', '学前教育三年毛入园率']],
    [
      '普惠性幼儿园覆盖率',
      [
        '普惠性幼儿园覆盖率（%）',
        '普惠园覆盖率',
        '普惠性幼儿园覆盖率（公办园和普惠性民办园在园幼儿占比）',
        '公办园和普惠性民办园在园幼儿占比',
      ],
    ],
    ['公办幼儿园在园幼儿比例', ['公办幼儿园在园幼儿比例（%）', '公办园在园幼儿占比']],
    ['九年义务教育巩固率', ['义务教育巩固率（%）', '九年义务教育巩固率', '九年义务教育巩固率（%）']],
    ['高中阶段教育毛入学率', ['高中阶段毛入学率（%）', '高中阶段教育毛入学率', '高中阶段教育毛入学率（%）']],
    ['义务教育优质均衡县（区）比例', ['义务教育优质均衡县的比例', '县域内义务教育优质均衡县（区）比例（%）']],
  ])('the plans’ wordings of %s are one indicator', (canonical, printed) => {
    for (const name of printed) expect(canonicalOf(name), name).toBe(canonical);
  });

  test.each([
    ['高等教育毛入学率 (one word from 高中阶段教育毛入学率)', '高等教育毛入学率（%）'],
    ['学前教育教师接受专业教育比例', '学前教育教师接受专业教育比例'],
    ['义务教育专任教师中本科以上学历比例', '义务教育专任教师中本科以上学历比例'],
    ['新增劳动力中受过高中阶段及以上教育比例', '新增劳动力中受过高中阶段及以上教育比例'],
    ['残疾儿童少年入学率', '残疾儿童少年入学率（%）'],
  ])('a near-miss stays out of every rule: %s', (_, printed) => {
    expect(canonicalOf(printed)).toBeNull();
  });

  test('public kindergartens’ share and the share of public and 普惠 private ones stay apart (xiandaihua defines the second as 普惠性幼儿园覆盖率)', () => {
    expect(canonicalOf('公办园在园幼儿占比')).toBe('公办幼儿园在园幼儿比例');
    expect(canonicalOf('公办园和普惠性民办园在园幼儿占比')).toBe('普惠性幼儿园覆盖率');
  });
});
