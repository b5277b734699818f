import { describe, expect, test } from 'vitest';
import { groupIndicators } from '../../src/lib/indicators/group-indicators.ts';
import { indicatorCharts } from '../../src/lib/indicators/indicator-charts.ts';
import { realPlans } from './real-plans.ts';

const groups = groupIndicators(realPlans());
const chartsOf = (name: string) => {
  const group = groups.find((candidate) => candidate.name === name);
  if (!group) throw new Error(`No indicator ${name}.`);
  return indicatorCharts(group);
};
const labels = (name: string) =>
  chartsOf(name).flatMap(({ chart }) => chart.series.flatMap((line) => line.points.map((point) => point.label)));

describe('indicatorCharts on the real plans', () => {
  test('draws every value that is one number, each plan in its colour', () => {
    const [chart, ...more] = chartsOf('学前教育毛入园率');
    expect(more).toEqual([]);
    expect(chart!.unit).toBe('%');
    expect(chart!.legend.map(({ colour, plan }) => [colour, plan.id])).toEqual([
      [0, 'zhangye-2026-2030'],
      [1, 'dongli-2021-2025'],
    ]);
    expect(chart!.chart.series.map((line) => line.colour)).toEqual([0, 0, 1]);
    expect(labels('学前教育毛入园率')).toHaveLength(6);
  });

  test('draws >99 as a bound', () => {
    const points = chartsOf('九年义务教育巩固率').flatMap(({ chart }) => chart.series.flatMap((line) => line.points));
    expect(points.filter((point) => point.bound === 'up').map((point) => point.label)).toEqual([
      '天津市东丽区教育事业发展“十四五”规划 表  “十四五”期间东丽教育事业发展主要目标 2025年目标：>99',
    ]);
  });

  test("names a target a target, and a 完成情况 table's last value a result (张掖 表1 2025年, 表2 2030年)", () => {
    expect(labels('劳动年龄人口平均受教育年限').map((label) => label.split(' ').at(-1))).toEqual([
      '2020年：9.8',
      '2025年：10.2',
      '2030年目标：10.5',
    ]);
  });

  test('leaves out values that are not one number: no chart when none is (东丽 生均教学仪器设备值, 学生体质健康优良率)', () => {
    expect(chartsOf('生均教学仪器设备值')).toEqual([]);
    expect(chartsOf('学生体质健康优良率')).toEqual([]);
  });

  test('leaves out a value whose printed unit contradicts its row (张掖 表1 2025年：10.2% in 年)', () => {
    const drawn = labels('劳动年龄人口平均受教育年限');
    expect(drawn.some((label) => label.endsWith('10.2%'))).toBe(false);
    expect(drawn.map((label) => label.split(' ').at(-1))).toEqual(['2020年：9.8', '2025年：10.2', '2030年目标：10.5']);
  });
});
