import { describe, expect, it } from 'vitest';
import { planShards, type ShardablePlan } from '../../scripts/build/plan-shards.ts';

/** The five published plans' regions, as their sidecars state them. */
const FIVE: ShardablePlan[] = [
  { id: 'baijiantan-2021-2025', region: '新疆维吾尔自治区克拉玛依市白碱滩区（克拉玛依高新区）' },
  { id: 'dongli-2021-2025', region: '天津市东丽区' },
  { id: 'shuanghe-2026-2030', region: '新疆生产建设兵团第五师双河市' },
  { id: 'xiandaihua-2025', region: null },
  { id: 'zhangye-2026-2030', region: '甘肃省张掖市' },
];

describe('planShards', () => {
  it('keeps a small corpus in one shard', () => {
    expect(planShards(FIVE, 200)).toEqual([{ name: 'tianjin', planIds: FIVE.map((plan) => plan.id) }]);
  });

  it('packs whole provinces in the national order (其他 last), at most maxPlans a shard', () => {
    expect(planShards(FIVE, 2)).toEqual([
      { name: 'tianjin', planIds: ['dongli-2021-2025', 'zhangye-2026-2030'] },
      { name: 'xinjiang', planIds: ['baijiantan-2021-2025', 'shuanghe-2026-2030'] },
      { name: 'qita', planIds: ['xiandaihua-2025'] },
    ]);
  });

  it('splits a province larger than a shard into runs of plan ids, and packs no other province into them', () => {
    const sichuan = ['c', 'a', 'e', 'b', 'd'].map((letter) => ({ id: `${letter}-2021-2025`, region: '四川省成都市' }));
    const shards = planShards([...sichuan, { id: 'g-2021-2025', region: '贵州省贵阳市' }], 2);
    expect(shards).toEqual([
      { name: 'sichuan-1', planIds: ['a-2021-2025', 'b-2021-2025'] },
      { name: 'sichuan-2', planIds: ['c-2021-2025', 'd-2021-2025'] },
      { name: 'sichuan-3', planIds: ['e-2021-2025'] },
      { name: 'guizhou', planIds: ['g-2021-2025'] },
    ]);
  });

  it('moves no plan of a province packed before the one a plan is added to', () => {
    // 天津 comes before 内蒙古 in the national order; the plans after may be packed anew.
    const before = planShards(FIVE, 2);
    const after = planShards([...FIVE, { id: 'baotou-2021-2025', region: '内蒙古自治区包头市' }], 2);
    const shardOf = (shards: typeof before, id: string) => shards.find((shard) => shard.planIds.includes(id))?.name;
    for (const id of ['dongli-2021-2025']) expect(shardOf(after, id)).toBe(shardOf(before, id));
    expect(after.flatMap((shard) => shard.planIds).sort()).toEqual([...FIVE.map((plan) => plan.id), 'baotou-2021-2025'].sort());
  });

  it('refuses a shard size that could hold no plan', () => {
    expect(() => planShards(FIVE, 0)).toThrow(/at least one plan/u);
  });
});
