import { describe, expect, it } from 'vitest';
import { provinceOf, shardPlans } from '../../scripts/bench/search-shards.ts';
import type { Plan } from '../../src/lib/plan-schema.ts';

describe('provinceOf', () => {
  it('reads the province-level unit a region starts with', () => {
    expect(provinceOf('甘肃省张掖市')).toBe('甘肃省');
    expect(provinceOf('天津市东丽区')).toBe('天津市');
    expect(provinceOf('新疆维吾尔自治区克拉玛依市白碱滩区（克拉玛依高新区）')).toBe('新疆维吾尔自治区');
    expect(provinceOf('新疆生产建设兵团第五师双河市')).toBe('新疆生产建设兵团');
    expect(provinceOf('广西壮族自治区百色市凌云县')).toBe('广西壮族自治区');
  });

  it('puts a plan that names no region in a shard of its own', () => {
    expect(provinceOf(null)).toBe('未知');
  });
});

describe('shardPlans', () => {
  const plan = (id: string, region: string | null) => ({ id, region }) as Plan;

  it('groups plans by province, with URL-safe keys in name order', () => {
    const shards = shardPlans([
      plan('zhangye-2026-2030', '甘肃省张掖市'),
      plan('dongli-2021-2025', '天津市东丽区'),
      plan('tongwei-2021-2025', '甘肃省定西市通渭县'),
      plan('xiandaihua-2025', null),
    ]);
    expect(shards.map((shard) => [shard.key, shard.province, shard.plans.map((member) => member.id)])).toEqual([
      ['s00', '甘肃省', ['zhangye-2026-2030', 'tongwei-2021-2025']],
      ['s01', '天津市', ['dongli-2021-2025']],
      ['s02', '未知', ['xiandaihua-2025']],
    ]);
  });
});
