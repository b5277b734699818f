import { describe, expect, test } from 'vitest';
import { searchRecords } from '../../scripts/search/search-records.ts';
import { splitByPlan } from '../../scripts/search/write-index.ts';
import { realPlans } from './real-plans.ts';

const records = realPlans().flatMap(searchRecords);
const planOf = (shard: typeof records) => [...new Set(shard.map((record) => record.plan.id))];

describe('splitByPlan: the search index in shards of whole plans', () => {
  test('keeps a small site in one shard', () => {
    expect(splitByPlan(records, records.length)).toEqual([records]);
  });

  test('never splits a plan, keeps reading order, and stays under the limit where plans allow', () => {
    const largestPlan = Math.max(...realPlans().map((plan) => searchRecords(plan).length));
    const shards = splitByPlan(records, largestPlan + 1);
    expect(shards.length).toBeGreaterThan(1);
    expect(shards.flat()).toEqual(records);
    const plansSeen = shards.flatMap(planOf);
    expect(new Set(plansSeen).size).toBe(plansSeen.length);
    for (const shard of shards) expect(shard.length).toBeLessThanOrEqual(largestPlan + 1);
  });

  test('gives a plan larger than the limit a shard of its own rather than cutting it', () => {
    const shards = splitByPlan(records, 1);
    expect(shards.map(planOf)).toEqual(realPlans().map((plan) => [plan.id]));
  });
});
