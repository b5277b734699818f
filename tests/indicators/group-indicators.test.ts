/** Matching on the real plans: which rows become one indicator, and which near-misses stay apart. */
import { describe, expect, test } from 'vitest';
import { groupIndicators, indicatorId, type IndicatorGroup } from '../../src/lib/indicators/group-indicators.ts';
import { realPlans } from './real-plans.ts';

const plans = realPlans();
const groups = groupIndicators(plans);
const where = (group: IndicatorGroup) => group.records.map((record) => `${record.plan.id} 表${record.table.n}：${record.indicator.name}`);
type Row = readonly [planId: string, name: string, qualifier?: string];
const groupOf = ([planId, name, qualifier]: Row) => {
  const group = groups.find((candidate) =>
    candidate.records.some(
      (record) =>
        record.plan.id === planId && record.indicator.name === name && (qualifier === undefined || record.indicator.category === qualifier),
    ),
  );
  if (!group) throw new Error(`No indicator ${name} in ${planId}.`);
  return group;
};

describe('groupIndicators on the real plans', () => {
  test('every indicator row of every plan is in exactly one indicator', () => {
    const rows = plans.flatMap((plan) =>
      plan.tables.flatMap((table) => table.indicators.map((indicator) => `${plan.id}/${table.n}/${indicator.row}`)),
    );
    const grouped = groups.flatMap((group) => group.records.map((record) => `${record.plan.id}/${record.table.n}/${record.indicator.row}`));
    expect(grouped.sort()).toEqual(rows.sort());
    expect(rows).toHaveLength(42);
  });

  test('joins the same indicator across plans and tables, however it is worded', () => {
    const joined = groups.filter((group) => group.records.length > 1).map((group) => [group.name, where(group)]);
    expect(joined).toEqual([
      [
        '劳动年龄人口平均受教育年限',
        ['zhangye-2026-2030 表1：劳动年龄人口平均受教育年限', 'zhangye-2026-2030 表2：劳动年龄人口平均受教育年限'],
      ],
      [
        '学前教育毛入园率',
        ['zhangye-2026-2030 表1：学前三年毛入园率', 'zhangye-2026-2030 表2：学前教育毛入园率', 'dongli-2021-2025 表1：学前三年毛入园率'],
      ],
      [
        '九年义务教育巩固率',
        ['zhangye-2026-2030 表1：九年义务教育巩固率', 'zhangye-2026-2030 表2：九年义务教育巩固率', 'dongli-2021-2025 表1：义务教育巩固率'],
      ],
      [
        '义务教育优质均衡县（区）比例',
        ['zhangye-2026-2030 表1：义务教育优质均衡县的比例', 'zhangye-2026-2030 表2：县域内义务教育优质均衡县（区）比例'],
      ],
      [
        '高中阶段教育毛入学率',
        [
          'zhangye-2026-2030 表1：高中阶段教育毛入学率',
          'zhangye-2026-2030 表2：高中阶段教育毛入学率',
          'dongli-2021-2025 表1：高中阶段毛入学率',
        ],
      ],
      ['高等教育毛入学率', ['zhangye-2026-2030 表1：高等教育毛入学率', 'zhangye-2026-2030 表2：高等教育毛入学率']],
    ]);
  });

  test.each([
    ['普惠 and public kindergartens', ['dongli-2021-2025', '普惠性幼儿园覆盖率'], ['zhangye-2026-2030', '公办幼儿园在园幼儿比例']],
    ['高中阶段 and 高等 enrolment', ['zhangye-2026-2030', '高中阶段教育毛入学率'], ['zhangye-2026-2030', '高等教育毛入学率']],
    [
      'pre-school enrolment and pre-school teachers',
      ['zhangye-2026-2030', '学前三年毛入园率'],
      ['zhangye-2026-2030', '学前教育教师接受专业教育比例'],
    ],
    [
      'compulsory retention and balanced counties',
      ['dongli-2021-2025', '义务教育巩固率'],
      ['zhangye-2026-2030', '义务教育优质均衡县的比例'],
    ],
    [
      'the workforce’s 高中阶段 share and 高中阶段 enrolment',
      ['zhangye-2026-2030', '新增劳动力中受过高中阶段及以上教育比例'],
      ['dongli-2021-2025', '高中阶段毛入学率'],
    ],
    [
      '副高级 and 正高级 titles',
      ['baijiantan-2021-2025', '副高级职称专任教师数', '初中'],
      ['baijiantan-2021-2025', '正高级职称专任教师数', '初中'],
    ],
    [
      '副高级 and 中级 titles',
      ['baijiantan-2021-2025', '副高级职称专任教师数', '高中'],
      ['baijiantan-2021-2025', '中级职称专任教师数', '高中'],
    ],
    [
      'one name for 幼儿园 and for 小学',
      ['baijiantan-2021-2025', '县级以上骨干教师数', '幼儿园'],
      ['baijiantan-2021-2025', '县级以上骨干教师数', '小学'],
    ],
  ] satisfies [string, Row, Row][])('keeps apart a near-miss: %s', (_, a, b) => {
    expect(groupOf(a)).not.toBe(groupOf(b));
  });

  test('a category is part of the indicator only where it tells apart rows of one name (白碱滩 学段, not 张掖 类别)', () => {
    expect(groupOf(['baijiantan-2021-2025', '县级以上骨干教师数', '高中'])).toMatchObject({
      name: '县级以上骨干教师数',
      qualifier: '高中',
    });
    expect(groupOf(['zhangye-2026-2030', '学前教育毛入园率']).qualifier).toBeNull();
    expect(groups.filter((group) => group.qualifier !== null)).toHaveLength(14);
  });

  test('groups are in stage order, the ones of more plans first within a stage', () => {
    const stages = groups.map((group) => group.stage.label);
    expect([...new Set(stages)]).toEqual([
      '人力资源',
      '教师队伍',
      '特殊教育',
      '学前教育',
      '义务教育',
      '高中阶段教育',
      '职业教育',
      '高等教育',
      '学生发展',
      '办学条件',
    ]);
    expect(groups.filter((group) => group.stage.label === '学前教育').map((group) => group.name)).toEqual([
      '学前教育毛入园率',
      '公办幼儿园在园幼儿比例',
      '普惠性幼儿园覆盖率',
    ]);
  });

  test('records the printed names a rule joined, and the units of the rows', () => {
    const preschool = groupOf(['dongli-2021-2025', '学前三年毛入园率']);
    expect(preschool.printedNames).toEqual(['学前三年毛入园率', '学前教育毛入园率']);
    expect(preschool.units).toEqual(['%']);
    expect(preschool.plans.map((plan) => plan.id)).toEqual(['zhangye-2026-2030', 'dongli-2021-2025']);
  });

  test('ids are unique, short ASCII, and fixed by the matched name: shared links keep working', () => {
    const ids = groups.map((group) => group.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}$/);
    // A published URL: changing how ids are made would break every link to /indicators/a24476b5/.
    expect(groupOf(['dongli-2021-2025', '学前三年毛入园率']).id).toBe('a24476b5');
    expect(indicatorId('学前教育毛入园率')).toBe('a24476b5');
  });
});
