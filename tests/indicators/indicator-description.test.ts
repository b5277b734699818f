import { expect, test } from 'vitest';
import { namedPlans } from '../../src/lib/indicators/indicator-description.ts';
import { realPlans } from './real-plans.ts';

const plans = realPlans();

test('namedPlans names a few plans; beyond, the first two and the count', () => {
  expect(namedPlans(plans.slice(0, 2))).toBe('第五师双河市“十五五”教育发展规划、张掖市“十五五”教育发展规划');
  expect(namedPlans(plans, 3)).toBe('第五师双河市“十五五”教育发展规划、张掖市“十五五”教育发展规划等 5 个规划');
});
