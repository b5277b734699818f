import { expect, test } from 'vitest';
import { indicatorAttribute } from '../../src/lib/indicator-attribute.ts';

test.each([
  ['约束性', 'binding'],
  [' 预期性 ', 'expected'],
  ['99.54', null],
  ['约束性指标', null],
])('indicatorAttribute(%j) is %j', (cell, attribute) => {
  expect(indicatorAttribute(cell)).toBe(attribute);
});
