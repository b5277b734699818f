/**
 * Which plans build together. A shard is one `astro build` process whose memory is bounded by its
 * own size, so no shard may hold more than `maxPlans`. Provinces (the site's region groups,
 * src/lib/regions/provinces.ts) are kept together and packed in the national order, a province
 * larger than a shard split into runs of plan ids: editing a plan never moves a plan to another
 * shard, and adding one moves at most the plans after it in its province or the packing after its
 * province.
 */
import { REGIONS, regionGroupOf } from '../../src/lib/regions/provinces.ts';

/** What sharding needs to know of a plan. */
export interface ShardablePlan {
  readonly id: string;
  readonly region: string | null;
}

export interface Shard {
  /** Stable, file-name-safe: the first province's slug, and the run within it when a province is split (`sichuan-2`). */
  readonly name: string;
  /** Its plans' ids, in id order. */
  readonly planIds: readonly string[];
}

/** Most plans a shard holds by default: an `astro build` of 200 plans peaks near 1.5 GB (docs/scaling.md). */
export const DEFAULT_SHARD_PLANS = 200;

/** The plans grouped into shards of at most `maxPlans`, in the national order of their provinces. */
export function planShards(plans: readonly ShardablePlan[], maxPlans: number = DEFAULT_SHARD_PLANS): Shard[] {
  if (!Number.isInteger(maxPlans) || maxPlans < 1) throw new Error(`A shard must hold at least one plan (got ${maxPlans}).`);
  const byProvince = new Map<string, string[]>(REGIONS.map((region) => [region.slug, []]));
  for (const plan of plans) byProvince.get(regionGroupOf(plan.region).slug)!.push(plan.id);
  const shards: Shard[] = [];
  let packing: { name: string; planIds: string[] } | null = null;
  for (const [slug, unsorted] of byProvince) {
    if (unsorted.length === 0) continue;
    const ids = unsorted.sort();
    if (ids.length > maxPlans) {
      for (let start = 0, run = 1; start < ids.length; start += maxPlans, run++)
        shards.push({ name: `${slug}-${run}`, planIds: ids.slice(start, start + maxPlans) });
      packing = null;
      continue;
    }
    if (packing && packing.planIds.length + ids.length <= maxPlans) packing.planIds.push(...ids);
    else {
      packing = { name: slug, planIds: [...ids] };
      shards.push(packing);
    }
  }
  return shards.map((shard) => ({ name: shard.name, planIds: [...shard.planIds].sort() }));
}
