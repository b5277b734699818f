import { describe, expect, test } from 'vitest';
import { normaliseName } from '../../src/lib/indicators/normalise-name.ts';

describe('normaliseName', () => {
  test('drops a unit in a closing bracket, full or half width (东丽 prints 学前三年毛入园率（%）)', () => {
    expect(normaliseName('学前三年毛入园率（%）')).toBe('学前三年毛入园率');
    expect(normaliseName('劳动年龄人口平均受教育年限(年)')).toBe('劳动年龄人口平均受教育年限');
    expect(normaliseName('职业教育专科（含高职）在校生（万人）')).toBe('职业教育专科(含高职)在校生');
    expect(normaliseName('生均教学仪器设备值（万元）')).toBe('生均教学仪器设备值');
  });

  test('keeps a bracket that qualifies the name rather than giving its unit', () => {
    expect(normaliseName('县域内义务教育优质均衡县（区）比例')).toBe('县域内义务教育优质均衡县(区)比例');
    expect(normaliseName('职业教育专科（含高职）在校生')).toBe('职业教育专科(含高职)在校生');
  });

  test('full- and half-width characters and spaces compare equal', () => {
    expect(normaliseName('学前三年毛入园率（％）')).toBe(normaliseName('学前三年毛入园率(%)'));
    expect(normaliseName('高中阶段 教育毛入学率')).toBe('高中阶段教育毛入学率');
    expect(normaliseName('每十万人口本科生在校生数（人）')).toBe('每十万人口本科生在校生数');
  });
});
