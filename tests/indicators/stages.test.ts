import { describe, expect, test } from 'vitest';
import { STAGES, stageOf } from '../../src/lib/indicators/stages.ts';

const label = (name: string, categories: (string | null)[] = []) => stageOf(name, categories).label;

describe('stageOf', () => {
  test.each([
    ['学前三年毛入园率', '学前教育'],
    ['公办幼儿园在园幼儿比例', '学前教育'],
    ['九年义务教育巩固率', '义务教育'],
    ['县域内义务教育优质均衡县（区）比例', '义务教育'],
    ['高中阶段教育毛入学率', '高中阶段教育'],
    ['职业教育专科（含高职）在校生', '职业教育'],
    ['高等教育毛入学率', '高等教育'],
    ['每十万人口本科生在校生数', '高等教育'],
    ['残疾儿童少年入学率', '特殊教育'],
    ['学生体质健康优良率', '学生发展'],
    ['生均教学仪器设备值', '办学条件'],
  ])('%s → %s', (name, stage) => {
    expect(label(name)).toBe(stage);
  });

  test('a name naming a stage and teachers or the workforce goes with teachers or the workforce', () => {
    expect(label('学前教育教师接受专业教育比例')).toBe('教师队伍');
    expect(label('义务教育专任教师中本科以上学历比例')).toBe('教师队伍');
    expect(label('新增劳动力中受过高中阶段及以上教育比例')).toBe('人力资源');
  });

  test('a name with no stage word is placed by its category, else under 其他', () => {
    expect(label('现代学徒制培养比例', ['职业教育'])).toBe('职业教育');
    expect(label('双师型教师占比', ['职业教育'])).toBe('教师队伍');
    expect(label('劳动年龄人口平均受教育年限', ['人力资源开发'])).toBe('人力资源');
    expect(label('县级以上骨干教师数', ['幼儿园'])).toBe('教师队伍');
    expect(label('德育示范校比例', ['义务教育'])).toBe('义务教育');
    expect(label('德育示范校比例', [null])).toBe('其他');
    expect(STAGES.at(-1)?.label).toBe('其他');
  });
});
