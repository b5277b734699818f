import { describe, expect, test } from 'vitest';
import { INDICATOR_CSV_COLUMNS, indicatorsCsv } from '../../src/lib/indicators/indicators-csv.ts';
import { realPlans } from '../indicators/real-plans.ts';
import { parseCsv } from './parse-csv.ts';

const plans = realPlans();
const [header, ...rows] = parseCsv(indicatorsCsv(plans).slice(1));
const field = (row: string[], name: string) => row[header!.indexOf(name)];

describe('indicatorsCsv of the real plans', () => {
  test('has one row per indicator row of every plan, each as long as the header', () => {
    expect(header).toEqual(INDICATOR_CSV_COLUMNS.map((column) => column.name));
    expect(rows).toHaveLength(plans.reduce((count, plan) => count + plan.tables.reduce((n, table) => n + table.indicators.length, 0), 0));
    for (const row of rows) expect(row).toHaveLength(header!.length);
  });

  test('keeps each value as printed beside the number read from it, and leaves the number out when there is none', () => {
    for (const plan of plans) {
      for (const table of plan.tables) {
        for (const indicator of table.indicators) {
          const row = rows.find(
            (candidate) =>
              field(candidate, 'plan') === plan.id &&
              field(candidate, 'table') === String(table.n) &&
              field(candidate, 'row') === String(indicator.row),
          );
          expect(row, `${plan.id} 表${table.n} row ${indicator.row}`).toBeDefined();
          expect(field(row!, 'name')).toBe(indicator.name);
          expect(field(row!, 'unit')).toBe(indicator.unit ?? '');
          expect(field(row!, 'category')).toBe(indicator.category ?? '');
          expect(field(row!, 'attribute')).toBe(indicator.attribute ?? '');
          for (const which of ['baseline', 'target'] as const) {
            const value = indicator[which];
            expect(field(row!, `${which}_year`)).toBe(String(value?.year ?? ''));
            expect(field(row!, `${which}_raw`)).toBe(value?.raw ?? '');
            expect(field(row!, `${which}_value`)).toBe(value?.value === null || value === null ? '' : String(value.value));
            expect(field(row!, `${which}_comparator`)).toBe(value?.comparator ?? '');
          }
        }
      }
    }
  });

  test('东丽’s rows read as the table prints them', () => {
    const dongli = rows.filter((row) => field(row, 'plan') === 'dongli-2021-2025');
    expect(
      dongli.map((row) => [
        field(row, 'name'),
        field(row, 'target_raw'),
        field(row, 'target_value'),
        field(row, 'target_comparator'),
        field(row, 'indicator'),
      ]),
    ).toEqual([
      ['学前三年毛入园率', '95', '95', '', '学前教育毛入园率'],
      ['普惠性幼儿园覆盖率', '83', '83', '', '普惠性幼儿园覆盖率'],
      ['义务教育巩固率', '>99', '99', '>', '九年义务教育巩固率'],
      ['高中阶段毛入学率', '>99', '99', '>', '高中阶段教育毛入学率'],
      ['残疾儿童少年入学率', '>99', '99', '>', '残疾儿童少年入学率'],
      ['生均教学仪器设备值', '小学：0.60\n初中：0.90\n普通高中：1.3\n中职学校：3.5', '', '', '生均教学仪器设备值'],
      ['学生体质健康优良率', '小学：60\n初中：60\n高中：50', '', '', '学生体质健康优良率'],
    ]);
  });

  test('rows follow the plans in catalogue order, then table and row', () => {
    expect([...new Set(rows.map((row) => field(row, 'plan')))]).toEqual(['zhangye-2026-2030', 'baijiantan-2021-2025', 'dongli-2021-2025']);
    const zhangye = rows
      .filter((row) => field(row, 'plan') === 'zhangye-2026-2030')
      .map((row) => `${field(row, 'table')}/${field(row, 'row')}`);
    expect(zhangye.slice(8, 11)).toEqual(['1/8', '2/0', '2/1']);
  });
});

test('a plan whose cells hold formulas publishes them neutralised in indicators.csv', () => {
  const zhangye = structuredClone(plans.find((plan) => plan.id === 'zhangye-2026-2030')!);
  const table = zhangye.tables.find((candidate) => candidate.indicators.length > 0)!;
  const indicator = table.indicators[0]!;
  indicator.name = '=HYPERLINK("https://evil.example","学前三年毛入园率")';
  indicator.attribute = '@SUM(A1:A9)';
  zhangye.title = "-3+cmd|' /C calc'!A0";
  const [csvHeader, first] = parseCsv(indicatorsCsv([zhangye]).slice(1));
  const value = (name: string) => first![csvHeader!.indexOf(name)];
  expect(value('name')).toBe(`'${indicator.name}`);
  expect(value('attribute')).toBe("'@SUM(A1:A9)");
  expect(value('plan_title')).toBe("'-3+cmd|' /C calc'!A0");
});
