import { describe, expect, it, test } from 'vitest';
import { columnHeadingText, columnLabels, numberedTitle, yearRange } from '../../src/lib/labels.ts';

test.each([
  ['第二章', '指导思想', '第二章 指导思想'],
  ['专栏7', '校外培训机构治理工程', '专栏7 校外培训机构治理工程'],
  ['一、', '发展基础', '一、发展基础'],
  ['（三）', '人口变化带来新挑战', '（三）人口变化带来新挑战'],
  ['1.', '坚持党对教育事业的全面领导', '1.坚持党对教育事业的全面领导'],
  ['', '总体目标', '总体目标'],
])('numberedTitle(%j, %j) reads %j', (number, title, expected) => {
  expect(numberedTitle(number, title)).toBe(expected);
});

test('yearRange spans the years, or names the one year', () => {
  expect(yearRange([2026, 2030])).toBe('2026—2030年');
  expect(yearRange([2025, 2025])).toBe('2025年');
});

describe('columnHeadingText', () => {
  it('shows the label as printed, and a number the document lacks flagged before it', () => {
    expect(
      columnHeadingText({ number: '专栏5', numberRestored: false, label: '栏目5', title: '基于教育教学质量提升的教研文化建设工程' }),
    ).toBe('栏目5 基于教育教学质量提升的教研文化建设工程');
    expect(columnHeadingText({ number: '专栏1', numberRestored: true, label: '专栏:', title: '高质量教育体系建设工程' })).toBe(
      '专栏1 专栏:高质量教育体系建设工程',
    );
    expect(columnHeadingText({ number: '专栏7', numberRestored: false, title: '绿色教育培育工程' })).toBe('专栏7 绿色教育培育工程');
    expect(columnLabels({ number: '专栏1', numberRestored: true })).toEqual({ restored: '专栏1', printed: null });
  });
});
