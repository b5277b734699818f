import { describe, it, expect } from 'vitest';
import { findTaskListHeader, parseTaskList } from '../../scripts/ingest/parse-task-list.ts';
import { indexOfLine, readTableFixture } from './table-fixture.ts';

const FIXTURE = 'xiandaihua-task-list-without-tabs.txt';
const FIRST_LINE = 52;
const HEADER_LINE = 53;
const lines = readTableFixture(FIXTURE, FIRST_LINE);

describe('findTaskListHeader', () => {
  it('finds the five header cells of the xiandaihua task list', () => {
    expect(findTaskListHeader(lines, indexOfLine(lines, HEADER_LINE))).toBe(5);
  });

  it('finds none at the caption or at a task', () => {
    expect(findTaskListHeader(lines, indexOfLine(lines, 52))).toBe(0);
    expect(findTaskListHeader(lines, indexOfLine(lines, 58))).toBe(0);
  });

  it('finds none in an indicator table header', () => {
    const dongli = readTableFixture('dongli-indicators-multi-line-cells.txt', 28);
    expect(findTaskListHeader(dongli, indexOfLine(dongli, 29))).toBe(0);
  });
});

describe('parseTaskList: xiandaihua 教育现代化任务清单', () => {
  const { table, next, warnings } = parseTaskList(lines, indexOfLine(lines, HEADER_LINE));
  const task = (row: number): string | undefined => table.rows[row]?.[0];

  it('reads the header and one row per measure', () => {
    expect(table.header).toEqual(['主要任务', '序号', '落实举措及标志性成果', '进度安排', '责任单位']);
    expect(table.rows).toHaveLength(29);
    expect(table.rows.every((row) => row.length === 5)).toBe(true);
  });

  it('reads a row as measure, schedule and responsible units, the serial number empty', () => {
    const row = table.rows[0]!;
    expect(row[1]).toBe('');
    expect(row[2]).toMatch(/^全面推动习近平新时代中国特色社会主义思想进教材进课堂进头脑。/u);
    expect(row[2]).toMatch(/广泛宣传学习习近平新时代中国特色社会主义思想优秀案例。$/u);
    expect(row.slice(3)).toEqual(['持续推进', '区教育局、区委宣传部、区委组织部']);
    expect(table.rows[28]?.slice(3)).toEqual(['持续推进', '区教育局、区委组织部、公安**分局、区市场监管局、区卫生健康委、区财政局']);
  });

  it('joins a task printed over several lines without a separator', () => {
    expect(task(0)).toBe('（一）实施新时代立德树人行动计划');
    expect(task(25)).toBe('（八）实施深化教育领域综合改革行动计划');
    expect(table.cellLines[25]?.[0]).toEqual(['（八）实施深化', '教育领域', '综合改革', '行动计划']);
  });

  it('fills the task into every row of its group and records the groups as spans', () => {
    expect(table.rows.map((row) => row[0]?.slice(0, 3))).toEqual([
      ...Array<string>(5).fill('（一）'),
      ...Array<string>(5).fill('（二）'),
      ...Array<string>(4).fill('（三）'),
      ...Array<string>(4).fill('（四）'),
      ...Array<string>(3).fill('（五）'),
      ...Array<string>(2).fill('（六）'),
      ...Array<string>(2).fill('（七）'),
      ...Array<string>(4).fill('（八）'),
    ]);
    expect(table.spans).toEqual([
      { row: 0, col: 0, rowSpan: 5 },
      { row: 5, col: 0, rowSpan: 5 },
      { row: 10, col: 0, rowSpan: 4 },
      { row: 14, col: 0, rowSpan: 4 },
      { row: 18, col: 0, rowSpan: 3 },
      { row: 21, col: 0, rowSpan: 2 },
      { row: 23, col: 0, rowSpan: 2 },
      { row: 25, col: 0, rowSpan: 4 },
    ]);
  });

  it('keeps the group whole across the print repeated after a page break', () => {
    expect(task(3)).toBe('（一）实施新时代立德树人行动计划');
    expect(table.rows[3]?.[2]).toMatch(/^加强和改进学校体育美育。/u);
    expect(table.cellLines[3]?.[0]).toEqual([]);
  });

  it('drops each repeated print with a merged-cell-repeated warning at its line', () => {
    const repeated = warnings.filter((warning) => warning.code === 'merged-cell-repeated');
    expect(repeated.map((warning) => warning.line)).toEqual([69, 70, 78, 95, 109]);
    expect(repeated[2]?.message).toBe(
      '"（二）实施基本公共教育服务均等化行动计划" reprints the merged task cell "（二）实施基本公共教育服务均等化行动计划" of line 77; the reprint is dropped',
    );
  });

  it('warns once that the 序号 column is empty in the export', () => {
    expect(warnings.filter((warning) => warning.code !== 'merged-cell-repeated')).toEqual([
      {
        line: 54,
        code: 'task-list-empty-column',
        message: 'column "序号" has no values in the export; its cells are left empty',
      },
    ]);
  });

  it('accounts for every line: printed in a cell or dropped with a warning', () => {
    const printed = table.cellLines.flat(2);
    const dropped = new Set(warnings.filter((w) => w.code === 'merged-cell-repeated').map((w) => w.line));
    const body = lines.filter((line) => line.line > 57 && line.line <= table.lastLine && !dropped.has(line.line));
    expect(printed).toEqual(body.map((line) => line.text));
  });

  it('ends at the blank line after the last row', () => {
    expect(table.firstLine).toBe(53);
    expect(table.lastLine).toBe(161);
    expect(lines[next]?.line).toBe(162);
  });
});

describe('parseTaskList: a list cut short (real lines, truncated)', () => {
  const cutAfter = (rawLine: number) => lines.slice(0, indexOfLine(lines, rawLine) + 1);

  it('pads a row that loses its last cells, with a warning naming the row', () => {
    const { table, warnings } = parseTaskList(cutAfter(67), indexOfLine(lines, HEADER_LINE));
    expect(table.rows).toHaveLength(3);
    expect(table.rows[2]?.slice(3)).toEqual(['持续推进', '']);
    expect(warnings.filter((warning) => warning.code === 'table-row-width')).toEqual([
      {
        line: 66,
        code: 'table-row-width',
        message: 'row has 2 printed cells, expected 3 before the task list ends; padded with empty cells',
      },
    ]);
  });

  it('keeps a task printed with no row after it', () => {
    const { table, warnings } = parseTaskList(cutAfter(78), indexOfLine(lines, HEADER_LINE));
    expect(table.rows.at(-1)).toEqual(['（二）实施基本公共教育服务均等化行动计划', '', '', '', '']);
    expect(warnings.map((warning) => [warning.line, warning.code])).toEqual([
      [54, 'task-list-empty-column'],
      [69, 'merged-cell-repeated'],
      [70, 'merged-cell-repeated'],
      [77, 'table-row-width'],
      [78, 'merged-cell-repeated'],
    ]);
  });
});

it('parseTaskList refuses a start with no task-list header', () => {
  expect(() => parseTaskList(lines, 0)).toThrow(/expects a task-list header at index 0, got line 52/u);
});

describe('parseTaskList: a header without a 任务 cell, then a row opening with a task label', () => {
  // Once an endless loop: the row read no line and the index never advanced.
  const text = ['某区教育现代化实施方案', '', '序号', '落实举措', '进度安排', '（一）实施立德树人行动'];
  const probe = text.map((line, i) => ({ line: i + 1, text: line }));

  it('ends, with the labelled line as the row’s first printed cell', () => {
    const { table, next } = parseTaskList(probe, 2);
    expect(table.header).toEqual(['序号', '落实举措', '进度安排']);
    expect(table.rows).toEqual([['', '（一）实施立德树人行动', '']]);
    expect(next).toBe(6);
  });
});
