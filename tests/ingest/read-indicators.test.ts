import { describe, it, expect } from 'vitest';
import { parseTabTable } from '../../scripts/ingest/parse-tab-table.ts';
import type { TableDraft } from '../../scripts/ingest/parse-tab-table.ts';
import { classifyTable, findUnitConflicts, readIndicators, readIndicatorValue } from '../../scripts/ingest/read-indicators.ts';
import { indexOfLine, readTableFixture } from './table-fixture.ts';

function tableOf(name: string, firstRawLine: number, tableLine: number): TableDraft {
  const lines = readTableFixture(name, firstRawLine);
  return parseTabTable(lines, indexOfLine(lines, tableLine)).table;
}

const zhangye1 = tableOf('zhangye-indicators-padded-header-percent-targets.txt', 10, 11);
const zhangye2 = tableOf('zhangye-indicators-merged-category.txt', 112, 114);
const dongli = tableOf('dongli-indicators-multi-line-cells.txt', 28, 29);
const baijiantan = tableOf('baijiantan-teacher-indicators-unit-column.txt', 206, 208);
const shuanghe = tableOf('shuanghe-featured-column-as-one-column-table.txt', 105, 105);

describe('classifyTable', () => {
  it('calls a table with year columns an indicator table', () => {
    expect(classifyTable(zhangye1.header)).toBe('indicator');
    expect(classifyTable(baijiantan.header)).toBe('indicator');
  });

  it('calls a table whose header names tasks or responsible units a task list', () => {
    expect(classifyTable(['主要任务', '序号', '落实举措及标志性成果', '进度安排', '责任单位'])).toBe('task-list');
  });

  it('calls anything else other', () => {
    expect(classifyTable(shuanghe.header)).toBe('other');
  });

  it('reads a header cell still padded with spaces', () => {
    expect(classifyTable(['指    标', '2020 年', '属  性'])).toBe('indicator');
  });
});

describe('readIndicators', () => {
  it('reads zhangye 表2: unit from the closing bracket, category filled from above', () => {
    const indicators = readIndicators(zhangye2.header, zhangye2.rows);
    expect(indicators).toHaveLength(12);
    expect(indicators[5]).toEqual({
      row: 5,
      name: '职业教育专科（含高职）在校生',
      unit: '万人',
      category: '职业教育',
      baseline: { year: 2025, raw: '0.8', value: 0.8 },
      target: { year: 2030, raw: '0.8', value: 0.8 },
      attribute: '预期性',
    });
    expect(indicators[4]).toMatchObject({ name: '县域内义务教育优质均衡县（区）比例', unit: '%', category: '基础教育' });
    expect(indicators[11]).toMatchObject({ name: '劳动年龄人口平均受教育年限', unit: '年', category: '人力资源开发' });
  });

  it('reads zhangye 表1: an ASCII bracket unit, and no unit guessed from values printed with %', () => {
    const indicators = readIndicators(zhangye1.header, zhangye1.rows);
    expect(indicators[0]).toEqual({
      row: 0,
      name: '学前三年毛入园率',
      unit: null,
      category: null,
      baseline: { year: 2020, raw: '99.51', value: 99.51 },
      target: { year: 2025, raw: '99.54%', value: 99.54 },
      attribute: '约束性',
    });
    expect(indicators[8]).toMatchObject({
      name: '劳动年龄人口平均受教育年限',
      unit: '年',
      target: { year: 2025, raw: '10.2%', value: 10.2 },
    });
  });

  it('reads dongli: a comparator, and no value from a cell stating several', () => {
    const indicators = readIndicators(dongli.header, dongli.rows);
    expect(indicators[2]).toMatchObject({
      name: '义务教育巩固率',
      unit: '%',
      baseline: { year: 2020, raw: '100', value: 100 },
      target: { year: 2025, raw: '>99', value: 99, comparator: '>' },
      attribute: '约束性',
    });
    expect(indicators[5]).toMatchObject({ name: '生均教学仪器设备值', unit: '万元' });
    expect(indicators[6]).toEqual({
      row: 6,
      name: '学生体质健康优良率',
      unit: '%',
      category: null,
      baseline: { year: 2020, raw: '小学：37.42\n初中：47.41\n高中：21.56', value: null },
      target: { year: 2025, raw: '小学：60\n初中：60\n高中：50', value: null },
      attribute: '预期性',
    });
  });

  it('reads baijiantan: names from 类别, category from 学段, unit from 单位, no attribute column', () => {
    const indicators = readIndicators(baijiantan.header, baijiantan.rows);
    expect(indicators[4]).toEqual({
      row: 4,
      name: '副高级职称专任教师数',
      unit: '人',
      category: '小学',
      baseline: { year: 2020, raw: '29', value: 29 },
      target: { year: 2025, raw: '60', value: 60 },
      attribute: null,
    });
  });

  it('reads a lone year column as the target', () => {
    const [indicator] = readIndicators(['指标', '2025年'], [['高中阶段教育毛入学率', '97%']]);
    expect(indicator).toMatchObject({ baseline: null, target: { year: 2025, raw: '97%', value: 97 } });
  });

  it('keeps a closing bracket that qualifies the name rather than giving a unit', () => {
    const [indicator] = readIndicators(['指标', '2025年'], [['职业教育专科（含高职）', '0.8']]);
    expect(indicator).toMatchObject({ name: '职业教育专科（含高职）', unit: null });
  });

  it('reads none from a table without year columns', () => {
    expect(readIndicators(shuanghe.header, shuanghe.rows)).toEqual([]);
  });
});

describe('readIndicatorValue', () => {
  it('keeps the raw text and reads the number it states', () => {
    expect(readIndicatorValue('99.54%', 2025)).toEqual({ year: 2025, raw: '99.54%', value: 99.54 });
    expect(readIndicatorValue('2576', 2025)).toEqual({ year: 2025, raw: '2576', value: 2576 });
    expect(readIndicatorValue('0', 2020)).toEqual({ year: 2020, raw: '0', value: 0 });
  });

  it('reads a comparator printed before the number', () => {
    expect(readIndicatorValue('>99', 2025)).toEqual({ year: 2025, raw: '>99', value: 99, comparator: '>' });
    expect(readIndicatorValue('≥95%', 2025)).toEqual({ year: 2025, raw: '≥95%', value: 95, comparator: '≥' });
  });

  it('reads no number from a cell that states none or several', () => {
    expect(readIndicatorValue('', 2025).value).toBeNull();
    expect(readIndicatorValue('持续推进', null).value).toBeNull();
    expect(readIndicatorValue('小学：0.50 / 初中：0.76 / 普通高中：0.79 / 中职学校：2.99', 2020).value).toBeNull();
    expect(readIndicatorValue('小学：60', 2025).value).toBeNull();
  });
});

describe('findUnitConflicts', () => {
  it('flags a % printed on an indicator measured in years, as in zhangye 表1', () => {
    const indicators = readIndicators(['指标', '2020年', '2025年', '属性'], [['劳动年龄人口平均受教育年限(年)', '9.8', '10.2%', '约束性']]);
    expect(findUnitConflicts(indicators)).toEqual([
      'indicator "劳动年龄人口平均受教育年限" is in 年 but its 2025 value is printed "10.2%"; kept as printed',
    ]);
  });

  it('accepts a % on a percentage indicator, with or without a unit in its name', () => {
    const indicators = readIndicators(
      ['指标', '2020年', '2025年', '属性'],
      [
        ['学前三年毛入园率', '99.51', '99.54%', '约束性'],
        ['学前教育毛入园率（%）', '99.54', '99.8%', '约束性'],
      ],
    );
    expect(findUnitConflicts(indicators)).toEqual([]);
  });
});
