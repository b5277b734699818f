import { describe, expect, it } from 'vitest';
import { planShards, type ShardablePlan } from '../../scripts/build/plan-shards.ts';
import { provinceCode, UNKNOWN_PROVINCE } from '../../scripts/build/province.ts';

/** The five published plans' regions, as their sidecars state them. */
const FIVE: ShardablePlan[] = [
  { id: 'baijiantan-2021-2025', region: '新疆维吾尔自治区克拉玛依市白碱滩区（克拉玛依高新区）' },
  { id: 'dongli-2021-2025', region: '天津市东丽区' },
  { id: 'shuanghe-2026-2030', region: '新疆生产建设兵团第五师双河市' },
  { id: 'xiandaihua-2025', region: null },
  { id: 'zhangye-2026-2030', region: '甘肃省张掖市' },
];

describe('provinceCode', () => {
  it('reads the province-level unit a region starts with, the 兵团 apart from 新疆', () => {
    expect(FIVE.map((plan) => provinceCode(plan.region))).toEqual(['65', '12', '66', UNKNOWN_PROVINCE, '62']);
    expect(provinceCode('内蒙古自治区呼和浩特市')).toBe('15');
  });

  it('puts a region it cannot place with the plans of no region', () => {
    expect(provinceCode('全国')).toBe(UNKNOWN_PROVINCE);
  });
});

describe('planShards', () => {
  it('keeps a small corpus in one shard', () => {
    expect(planShards(FIVE, 200)).toEqual([{ name: UNKNOWN_PROVINCE, planIds: FIVE.map((plan) => plan.id) }]);
  });

  it('packs whole provinces in code order, at most maxPlans a shard', () => {
    expect(planShards(FIVE, 2)).toEqual([
      { name: '00', planIds: ['dongli-2021-2025', 'xiandaihua-2025'] },
      { name: '62', planIds: ['baijiantan-2021-2025', 'zhangye-2026-2030'] },
      { name: '66', planIds: ['shuanghe-2026-2030'] },
    ]);
  });

  it('splits a province larger than a shard into runs of plan ids, and packs no other province into them', () => {
    const sichuan = ['c', 'a', 'e', 'b', 'd'].map((letter) => ({ id: `${letter}-2021-2025`, region: '四川省成都市' }));
    const shards = planShards([...sichuan, { id: 'g-2021-2025', region: '贵州省贵阳市' }], 2);
    expect(shards).toEqual([
      { name: '51-1', planIds: ['a-2021-2025', 'b-2021-2025'] },
      { name: '51-2', planIds: ['c-2021-2025', 'd-2021-2025'] },
      { name: '51-3', planIds: ['e-2021-2025'] },
      { name: '52', planIds: ['g-2021-2025'] },
    ]);
  });

  it('moves no plan of a province packed before the one a plan is added to', () => {
    const before = planShards(FIVE, 2);
    const after = planShards([...FIVE, { id: 'lanzhou-2021-2025', region: '甘肃省兰州市' }], 2);
    const shardOf = (shards: typeof before, id: string) => shards.find((shard) => shard.planIds.includes(id))?.name;
    for (const id of ['dongli-2021-2025', 'xiandaihua-2025']) expect(shardOf(after, id)).toBe(shardOf(before, id));
    expect(after.flatMap((shard) => shard.planIds).sort()).toEqual([...FIVE.map((plan) => plan.id), 'lanzhou-2021-2025'].sort());
  });

  it('refuses a shard size that could hold no plan', () => {
    expect(() => planShards(FIVE, 0)).toThrow(/at least one plan/u);
  });
});
