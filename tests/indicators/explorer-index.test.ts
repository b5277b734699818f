import { describe, expect, test } from 'vitest';
import { explorerIndex, sharedIndicators, variantsOf } from '../../src/lib/indicators/explorer-index.ts';
import { groupIndicators } from '../../src/lib/indicators/group-indicators.ts';
import { realPlans } from './real-plans.ts';

const groups = groupIndicators(realPlans());

describe('the explorer’s index of the real plans', () => {
  test('lists each name once per stage, its qualified variants on one line', () => {
    const teachers = explorerIndex(groups).find(({ stage }) => stage.label === '教师队伍');
    const line = teachers?.lines.find((candidate) => candidate.name === '县级以上骨干教师数');
    expect(line?.groups.map((group) => group.qualifier)).toEqual(['幼儿园', '小学', '初中', '高中']);
    expect(line?.units).toEqual(['人']);
    expect(teachers?.lines.map((candidate) => candidate.name)).toEqual([
      '学前教育教师接受专业教育比例',
      '义务教育专任教师中本科以上学历比例',
      '双师型教师占比',
      '县级以上骨干教师数',
      '副高级职称专任教师数',
      '中级职称专任教师数',
      '正高级职称专任教师数',
    ]);
  });

  test('every indicator is on the index once', () => {
    const listed = explorerIndex(groups).flatMap(({ lines }) => lines.flatMap((line) => line.groups));
    expect(listed).toHaveLength(groups.length);
    expect(new Set(listed).size).toBe(groups.length);
  });

  test('the indicators more than one plan sets are the three 张掖 and 东丽 share', () => {
    expect(sharedIndicators(groups).map((group) => group.name)).toEqual(['学前教育毛入园率', '九年义务教育巩固率', '高中阶段教育毛入学率']);
  });

  test('a qualified indicator’s variants are the same name under its other qualifiers', () => {
    const senior = groups.find((group) => group.name === '正高级职称专任教师数' && group.qualifier === '初中');
    expect(senior && variantsOf(senior, groups).map((group) => group.qualifier)).toEqual(['高中']);
    const preschool = groups.find((group) => group.name === '学前教育毛入园率');
    expect(preschool && variantsOf(preschool, groups)).toEqual([]);
  });
});
