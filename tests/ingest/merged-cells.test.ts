import { describe, expect, it } from 'vitest';
import { findGroupingColumns } from '../../scripts/ingest/merged-cells.ts';
import { parseTabTable } from '../../scripts/ingest/parse-tab-table.ts';
import { readIndicators } from '../../scripts/ingest/read-indicators.ts';
import { indexOfLine, readTableFixture } from './table-fixture.ts';

function parseFixture(name: string, firstRawLine: number, tableLine: number) {
  const lines = readTableFixture(name, firstRawLine);
  return parseTabTable(lines, indexOfLine(lines, tableLine));
}

describe('十四五 纲要 专栏1: 类别 printed once for the rows it groups', () => {
  const { table, warnings } = parseFixture('cn14-indicators-category-merged-with-note.txt', 39, 40);

  it('fills 类别 down its groups and records each fill as a span', () => {
    expect(table.rows).toHaveLength(20);
    expect(table.rows.map((row) => row[0])).toEqual([
      ...Array<string>(3).fill('经济发展'),
      ...Array<string>(3).fill('创新驱动'),
      ...Array<string>(7).fill('民生福祉'),
      ...Array<string>(5).fill('绿色生态'),
      ...Array<string>(2).fill('安全保障'),
    ]);
    expect(table.spans).toEqual([
      { row: 0, col: 0, rowSpan: 3 },
      { row: 3, col: 0, rowSpan: 3 },
      { row: 6, col: 0, rowSpan: 7 },
      { row: 13, col: 0, rowSpan: 5 },
      { row: 18, col: 0, rowSpan: 2 },
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps `〔13.5〕`, `＞7、…`, `60.6*` and `—` exactly as printed', () => {
    expect(table.rows[2]).toEqual(['经济发展', '3.常住人口城镇化率（%）', '60.6*', '65', '—', '预期性']);
    expect(table.rows[3]?.[4]).toBe('＞7、力争投入强度高于“十三五”时期实际');
    expect(table.rows[13]).toEqual(['绿色生态', '14.单位GDP能源消耗降低（%）', '—', '—', '〔13.5〕', '约束性']);
  });

  it('reads 20 indicators, none with a value the table does not print', () => {
    const indicators = readIndicators(table.header, table.rows, table);
    expect(indicators).toHaveLength(20);
    expect(indicators[2]).toMatchObject({
      category: '经济发展',
      baseline: { year: 2020, raw: '60.6*', value: null },
      target: { year: 2025, raw: '65', value: 65 },
    });
    expect(indicators[19]).toMatchObject({
      name: '20.能源综合生产能力',
      unit: '亿吨标准煤',
      target: { raw: '＞46', value: 46, comparator: '＞' },
    });
  });
});

describe('十一五 纲要 主要指标: a value cell printed empty under a printed one', () => {
  const { table, warnings } = parseFixture('cn11-indicators-empty-value-cells.txt', 100, 101);

  it('fills the category but never a year from the row above', () => {
    expect(table.rows[1]).toEqual(['人口资源环境', '单位国内生产总值能源消耗降低（%）', '', '', '〔20〕', '约束性']);
    expect(table.spans).toEqual([{ row: 0, col: 0, rowSpan: 2 }]);
  });

  it('reports each empty value cell it refused to fill, with its line', () => {
    expect(warnings.map((warning) => [warning.line, warning.code])).toEqual([
      [117, 'table-cell-empty'],
      [118, 'table-cell-empty'],
    ]);
    expect(warnings[0]?.message).toContain('"2005年"');
  });

  it('gives the indicator empty values, not 全国总人口’s', () => {
    const [, energy] = readIndicators(table.header, table.rows, table);
    expect(energy).toMatchObject({ baseline: { year: 2005, raw: '', value: null }, target: { year: 2010, raw: '', value: null } });
  });
});

describe('findGroupingColumns', () => {
  it('groups by the label columns before the one naming the row', () => {
    expect(findGroupingColumns(['学段', '类别', '单位', '2020年', '2025年'], [['幼儿园', '县级以上骨干教师数', '人', '10', '18']])).toBe(1);
    expect(
      findGroupingColumns(['类别', '指标', '2025年', '2030年', '属性'], [['基础教育', '学前教育毛入园率（%）', '99.54', '99.8', '约束性']]),
    ).toBe(1);
  });

  it('groups by nothing when the first column already names the row', () => {
    expect(findGroupingColumns(['主要指标', '2020年', '2025年', '指标属性'], [['学前三年毛入园率（%）', '91.5', '95', '预期性']])).toBe(0);
  });

  it('never groups by a column of numbers, whatever its header says', () => {
    expect(
      findGroupingColumns(
        ['地区', '项目', '指标'],
        [
          ['12', '13', '14'],
          ['15', '16', '17'],
        ],
      ),
    ).toBe(0);
  });
});

describe('rows that disagree with the header', () => {
  it('keeps them as printed and reads no indicator from them', () => {
    const { table } = parseFixture('zhangye-indicators-row-with-extra-cell.txt', 11, 11);
    expect(table.misalignedRows).toEqual([0]);
    const indicators = readIndicators(table.header, table.rows, table);
    expect(indicators.map((indicator) => indicator.row)).not.toContain(0);
    expect(indicators[0]).toMatchObject({ row: 1, name: '九年义务教育巩固率' });
  });
});

describe('白碱滩 表1 with its 学段 header cell lost: every row one cell wider than the header', () => {
  // The seed's table, less the `学段` header line: each row prints a label the header has no column for.
  const { table, warnings } = parseFixture('baijiantan-teacher-indicators-stage-header-lost.txt', 206, 208);

  it('adds an unnamed label column so that every value stands under its year', () => {
    expect(table.header).toEqual(['类别', '', '单位', '2020年', '2025年']);
    expect(table.rows[0]).toEqual(['幼儿园', '县级以上骨干教师数', '人', '10', '18']);
    expect(table.rows[1]).toEqual(['幼儿园', '副高级职称专任教师数', '人', '5', '10']);
    expect(table.misalignedRows).toEqual([]);
  });

  it('reports each row it aligned, with its line', () => {
    expect(warnings.map((warning) => warning.code)).toEqual(Array<string>(6).fill('table-row-sub-label'));
    expect(warnings[0]).toMatchObject({ line: 213, message: expect.stringContaining('"县级以上骨干教师数" is read as a sub-row label') });
  });

  it('reads the same indicators as the table printed whole', () => {
    const indicators = readIndicators(table.header, table.rows, table);
    expect(indicators[1]).toMatchObject({
      name: '副高级职称专任教师数',
      unit: '人',
      category: '幼儿园',
      baseline: { year: 2020, raw: '5' },
      target: { year: 2025, raw: '10' },
    });
  });

  it('moves nothing when the extra cell is a value, not a label', () => {
    const extraValue = parseFixture('zhangye-indicators-row-with-extra-cell.txt', 11, 11).table;
    expect(extraValue.header).toEqual(['指标', '2020年', '2025年', '属性', '']);
    expect(extraValue.misalignedRows).toEqual([0]);
  });
});

describe('张掖 表2 with each 类别 printed as a row of its own', () => {
  // The seed's table laid out as many plans print it: `基础教育` on a row of one cell above its indicators.
  const { table, warnings } = parseFixture('zhangye-indicators-category-rows.txt', 112, 114);

  it('keeps the category rows as printed and reports nothing', () => {
    expect(table.header).toEqual(['指标', '2025年', '2030年', '属性']);
    expect(table.categoryRows.map((row) => table.rows[row]![0])).toEqual(['基础教育', '职业教育', '高等教育', '人力资源开发']);
    expect(table.rows[table.categoryRows[0]!]).toEqual(['基础教育', '', '', '']);
    expect(table.misalignedRows).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('gives the rows under a category row that category, and reads no indicator from it', () => {
    const indicators = readIndicators(table.header, table.rows, table);
    expect(indicators).toHaveLength(12);
    expect(indicators[0]).toMatchObject({ name: '学前教育毛入园率', category: '基础教育', baseline: { raw: '99.54' } });
    expect(indicators[5]).toMatchObject({ name: '职业教育专科（含高职）在校生', category: '职业教育' });
  });
});
