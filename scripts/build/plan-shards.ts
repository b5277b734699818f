/**
 * Which plans build together. A shard is one `astro build` process whose memory is bounded by its
 * own size, so no shard may hold more than `maxPlans`. Provinces are kept together and packed in
 * code order, a province larger than a shard split into runs of plan ids: editing a plan never
 * moves a plan to another shard, and adding one moves at most the plans after it in its province
 * or the packing after its province.
 */
import { provinceCode } from './province.ts';

/** What sharding needs to know of a plan. */
export interface ShardablePlan {
  readonly id: string;
  readonly region: string | null;
}

export interface Shard {
  /** Stable, file-name-safe: the first province's code, and the run within it when a province is split (`51-2`). */
  readonly name: string;
  /** Its plans' ids, in id order. */
  readonly planIds: readonly string[];
}

/** Most plans a shard holds by default: an `astro build` of 200 plans peaks near 1.5 GB (docs/scaling.md). */
export const DEFAULT_SHARD_PLANS = 200;

/** The plans grouped into shards of at most `maxPlans`, in province-code order. */
export function planShards(plans: readonly ShardablePlan[], maxPlans: number = DEFAULT_SHARD_PLANS): Shard[] {
  if (!Number.isInteger(maxPlans) || maxPlans < 1) throw new Error(`A shard must hold at least one plan (got ${maxPlans}).`);
  const byProvince = new Map<string, string[]>();
  for (const plan of plans) {
    const code = provinceCode(plan.region);
    byProvince.set(code, [...(byProvince.get(code) ?? []), plan.id]);
  }
  const shards: Shard[] = [];
  let packing: { name: string; planIds: string[] } | null = null;
  for (const code of [...byProvince.keys()].sort()) {
    const ids = byProvince.get(code)!.sort();
    if (ids.length > maxPlans) {
      for (let start = 0, run = 1; start < ids.length; start += maxPlans, run++)
        shards.push({ name: `${code}-${run}`, planIds: ids.slice(start, start + maxPlans) });
      packing = null;
      continue;
    }
    if (packing && packing.planIds.length + ids.length <= maxPlans) packing.planIds.push(...ids);
    else {
      packing = { name: code, planIds: [...ids] };
      shards.push(packing);
    }
  }
  return shards.map((shard) => ({ name: shard.name, planIds: [...shard.planIds].sort() }));
}
