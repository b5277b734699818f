import { describe, it, expect } from 'vitest';
import { joinCellLines, parseTabTable } from '../../scripts/ingest/parse-tab-table.ts';
import { indexOfLine, readTableFixture } from './table-fixture.ts';

function parseFixture(name: string, firstRawLine: number, tableLine: number) {
  const lines = readTableFixture(name, firstRawLine);
  return { lines, ...parseTabTable(lines, indexOfLine(lines, tableLine)) };
}

describe('parseTabTable', () => {
  describe('zhangye 表1: padded header cells, values printed with and without %', () => {
    const { lines, table, next, warnings } = parseFixture('zhangye-indicators-padded-header-percent-targets.txt', 10, 11);

    it('removes the spaces Word put between the ideographs of a header cell', () => {
      expect(table.header).toEqual(['指标', '2020年', '2025年', '属性']);
    });

    it('reads every body row as printed', () => {
      expect(table.rows).toHaveLength(9);
      expect(table.rows[0]).toEqual(['学前三年毛入园率', '99.51', '99.54%', '约束性']);
      expect(table.rows[8]).toEqual(['劳动年龄人口平均受教育年限(年)', '9.8', '10.2%', '约束性']);
      expect(warnings).toEqual([]);
    });

    it('ends at the heading after the blank lines, leaving the blanks to the caller', () => {
      expect(table.firstLine).toBe(11);
      expect(table.lastLine).toBe(59);
      expect(lines[next]?.line).toBe(60);
      expect(lines.find((line) => line.line === 62)?.text).toBe('二、发展环境');
    });
  });

  describe('zhangye 表2: a category printed once for the rows it spans', () => {
    const { table } = parseFixture('zhangye-indicators-merged-category.txt', 112, 114);

    it('fills each tab-only cell from the cell above', () => {
      expect(table.rows.map((row) => row[0])).toEqual([
        ...Array<string>(5).fill('基础教育'),
        ...Array<string>(3).fill('职业教育'),
        ...Array<string>(3).fill('高等教育'),
        '人力资源开发',
      ]);
      expect(table.rows[5]).toEqual(['职业教育', '职业教育专科（含高职）在校生（万人）', '0.8', '0.8', '预期性']);
    });

    it('records each merged region as a span from the row that printed it', () => {
      expect(table.spans).toEqual([
        { row: 0, col: 0, rowSpan: 5 },
        { row: 5, col: 0, rowSpan: 3 },
        { row: 8, col: 0, rowSpan: 3 },
      ]);
    });

    it('keeps a filled cell empty in cellLines, since nothing was printed there', () => {
      expect(table.cellLines[5]?.[0]).toEqual(['职业教育']);
      expect(table.cellLines[6]?.[0]).toEqual([]);
    });

    it('trims the trailing space printed after a value (`\\t0.8 `)', () => {
      expect(table.rows[6]?.[2]).toBe('5.5');
    });
  });

  describe('dongli: cells over several lines, one with a blank line inside', () => {
    const { lines, table, next, warnings } = parseFixture('dongli-indicators-multi-line-cells.txt', 28, 29);

    it('keeps the `label：value` lines of a cell apart with a line feed', () => {
      expect(table.rows[5]).toEqual([
        '生均教学仪器设备值（万元）',
        '小学：0.50\n初中：0.76\n普通高中：0.79\n中职学校：2.99',
        '小学：0.60\n初中：0.90\n普通高中：1.3\n中职学校：3.5',
        '预期性',
      ]);
    });

    it('keeps a row open across a blank line until it has as many cells as the header', () => {
      expect(table.rows[6]).toEqual([
        '学生体质健康优良率（%）',
        '小学：37.42\n初中：47.41\n高中：21.56',
        '小学：60\n初中：60\n高中：50',
        '预期性',
      ]);
      expect(table.rows).toHaveLength(7);
      expect(warnings).toEqual([]);
    });

    it('returns the lines of a multi-line cell as printed, without the empty tab line', () => {
      expect(table.cellLines[6]?.[2]).toEqual(['小学：60', '初中：60', '高中：50']);
    });

    it('ends before the heading that follows the blank lines', () => {
      expect(table.lastLine).toBe(79);
      expect(lines[next]?.line).toBe(80);
    });
  });

  describe('baijiantan 表1: a stage column merged down, a trailing-space stage name', () => {
    const { table, next, lines } = parseFixture('baijiantan-teacher-indicators-unit-column.txt', 206, 208);

    it('trims `\\t小学  ` and fills the rows below it', () => {
      expect(table.rows.map((row) => row[0])).toEqual(['幼儿园', '幼儿园', '幼儿园', '小学', '小学', '小学']);
      expect(table.spans).toEqual([
        { row: 0, col: 0, rowSpan: 3 },
        { row: 3, col: 0, rowSpan: 3 },
      ]);
    });

    it('ends at the end of input', () => {
      expect(table.rows[5]).toEqual(['小学', '中级职称专任教师数', '人', '141', '150']);
      expect(next).toBe(lines.length - 1);
    });
  });

  describe('shuanghe: a featured column exported as a one-column table', () => {
    const { table, warnings } = parseFixture('shuanghe-featured-column-as-one-column-table.txt', 105, 105);

    it('returns the column title as the header and its items as the lines of one cell', () => {
      expect(table.header).toEqual(['专栏:高质量教育体系建设工程']);
      expect(table.rows).toHaveLength(1);
      expect(table.cellLines[0]?.[0]).toEqual([
        '1.基础教育扩优提质。实施学前教育普及普惠、义务教育优质均衡、改善普通高中办学条件工程，推进师市中学实验仪器设备改造提升项目，推进一批公办幼儿园、义务教育学校、普通高中基础设施改造提升。',
        '2.提升职业教育办学能力。推进双河职业技术学院校区建设，增设专业，支持双河职业技术学院升本。推进职业教育产教融合，实施现代微生物农业技术产教融合实训基地等项目。',
        '3.人工智能赋能教育工程。实施“互联网+教育”工程，建设“数字课堂”，推进师市数字校园工程。',
      ]);
      expect(table.rows[0]?.[0]).toBe(table.cellLines[0]?.[0]?.join('\n'));
      expect(table.lastLine).toBe(109);
      expect(warnings).toEqual([]);
    });
  });

  describe('malformed rows (real excerpts of zhangye 表1, edited)', () => {
    it('keeps an extra cell by widening the table, and names the row in a warning', () => {
      const { table, warnings } = parseFixture('zhangye-indicators-row-with-extra-cell.txt', 11, 11);
      expect(table.header).toEqual(['指标', '2020年', '2025年', '属性', '']);
      expect(table.rows[0]).toEqual(['学前三年毛入园率', '99.51', '99.54', '%', '约束性']);
      expect(table.rows[1]).toEqual(['九年义务教育巩固率', '99.96', '100%', '约束性', '']);
      expect(warnings).toEqual([
        {
          line: 16,
          code: 'table-row-width',
          message: 'row has 5 cells, header has 4; 1 extra cell kept as printed in added unnamed columns; no indicator is read from it',
        },
      ]);
    });

    it('pads a short row rather than pulling the next row into it', () => {
      const { table, warnings } = parseFixture('zhangye-indicators-row-missing-cell.txt', 11, 11);
      expect(table.rows[2]).toEqual(['义务教育优质均衡县的比例', '0', '83.3%', '']);
      expect(table.rows[3]).toEqual(['高中阶段教育毛入学率', '95.59', '97%', '约束性']);
      expect(warnings).toEqual([
        {
          line: 26,
          code: 'table-row-width',
          message: 'row has 3 cells, header has 4; kept as printed and padded with 1 empty cell; no indicator is read from it',
        },
      ]);
    });
  });

  it('refuses a start that is not a tab-led line', () => {
    const lines = readTableFixture('zhangye-indicators-padded-header-percent-targets.txt', 10);
    expect(() => parseTabTable(lines, 0)).toThrow(/expects a tab-led line at index 0, got line 10/u);
  });
});

describe('joinCellLines', () => {
  it('concatenates wrapped Chinese text without a separator', () => {
    expect(joinCellLines(['职业教育专科（含高职）', '在校生（万人）'])).toBe('职业教育专科（含高职）在校生（万人）');
  });

  it('keeps a single line as it is', () => {
    expect(joinCellLines(['小学：0.50'])).toBe('小学：0.50');
  });
});
