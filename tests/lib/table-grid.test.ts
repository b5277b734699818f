import { describe, expect, test } from 'vitest';
import { longTextColumns, tableGrid } from '../../src/lib/table-grid.ts';

/** The first rows of 表2 of zhangye-2026-2030: a category merged over the rows below it. */
const zhangyeTargets = {
  kind: 'indicator' as const,
  rows: [
    ['基础教育', '学前教育毛入园率（%）', '99.54', '99.8', '约束性'],
    ['基础教育', '公办幼儿园在园幼儿比例（%）', '66.56', '70', '预期性'],
    ['职业教育', '职业教育专科（含高职）在校生（万人）', '0.8', '0.8', '预期性'],
  ],
  spans: [{ row: 0, col: 0, rowSpan: 2 }],
};

describe('tableGrid', () => {
  test('turns a merged category into a row span and drops the copies below it', () => {
    const grid = tableGrid(zhangyeTargets);
    expect(grid.map((row) => row.map((cell) => cell.text))).toEqual([
      ['基础教育', '学前教育毛入园率（%）', '99.54', '99.8', '约束性'],
      ['公办幼儿园在园幼儿比例（%）', '66.56', '70', '预期性'],
      ['职业教育', '职业教育专科（含高职）在校生（万人）', '0.8', '0.8', '预期性'],
    ]);
    expect(grid.map((row) => row.map((cell) => cell.rowSpan))).toEqual([
      [2, 1, 1, 1, 1],
      [1, 1, 1, 1],
      [1, 1, 1, 1, 1],
    ]);
  });

  test('in an indicator table, the category and the indicator name head their rows', () => {
    const [first, second] = tableGrid(zhangyeTargets);
    expect(first?.map((cell) => cell.isRowHeader)).toEqual([true, true, false, false, false]);
    expect(second?.map((cell) => cell.isRowHeader)).toEqual([true, false, false, false]);
  });

  test('in a task list, only the merged task heads its rows', () => {
    const grid = tableGrid({
      kind: 'task-list',
      rows: [
        [
          '（一）实施新时代立德树人行动计划',
          '全面推动习近平新时代中国特色社会主义思想进教材进课堂进头脑。',
          '持续推进',
          '区教育局、区委宣传部、区委组织部',
        ],
        ['（一）实施新时代立德树人行动计划', '增强中小学德育针对性实效性。', '持续推进', '区教育局'],
      ],
      spans: [{ row: 0, col: 0, rowSpan: 2 }],
    });
    expect(grid.map((row) => row.map((cell) => cell.isRowHeader))).toEqual([
      [true, false, false, false],
      [false, false, false],
    ]);
  });

  test('without merged cells, the first column heads its row', () => {
    const grid = tableGrid({ kind: 'indicator', rows: [['学前三年毛入园率', '99.51', '99.54%', '约束性']], spans: [] });
    expect(grid[0]?.map((cell) => cell.isRowHeader)).toEqual([true, false, false, false]);
  });
});

describe('longTextColumns', () => {
  test('finds the columns of running text in a task list', () => {
    const measure =
      '全面推动习近平新时代中国特色社会主义思想进教材进课堂进头脑。将习近平新时代中国特色社会主义思想纳入党员干部与教师培训必修课程。';
    expect(
      longTextColumns({
        header: ['主要任务', '序号', '落实举措及标志性成果', '进度安排', '责任单位'],
        rows: [['（一）实施新时代立德树人行动计划', '', measure, '持续推进', '区教育局、区委宣传部、区委组织部']],
      }),
    ).toEqual(new Set([2]));
  });

  test('finds none in an indicator table', () => {
    expect(longTextColumns({ header: ['类别', '指标', '2025年', '2030年', '属性'], rows: zhangyeTargets.rows })).toEqual(new Set());
  });
});
