import { expect, test } from 'vitest';
import { numberedTitle, yearRange } from '../../src/lib/labels.ts';

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
