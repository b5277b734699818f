/**
 * The search index in shards, one per province, as docs/scaling.md proposes for a national
 * edition: each shard a Pagefind index of its own, written one after another so that only one
 * is in memory at a time, searched together in the browser with Pagefind's `mergeIndex`.
 *
 *   node scripts/bench/search-shards.ts --content DIR --out DIR
 *
 * Writes <out>/<shard>/ (a Pagefind bundle each) and <out>/shards.json. Uses the site's own
 * search records and index writer (scripts/search/), so a shard holds what the site's index holds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Plan } from '../../src/lib/plan-schema.ts';
import { searchRecords } from '../search/search-records.ts';
import { writeSearchIndex } from '../search/write-index.ts';
import { readPlans } from '../site/read-plans.ts';

export interface Shard {
  /** URL-safe folder name: `s00`, `s01`, … in the order of the province names. */
  readonly key: string;
  readonly province: string;
  readonly plans: number;
  readonly records: number;
  readonly ms: number;
}

/** A region's province-level unit: `甘肃省张掖市` → `甘肃省`, `新疆生产建设兵团第五师双河市` → `新疆生产建设兵团`; `未知` when the plan names none. */
export function provinceOf(region: string | null): string {
  return (region && /^.+?(?:兵团|自治区|省|市)/u.exec(region)?.[0]) || '未知';
}

/** Plans grouped by province, the groups in name order. */
export function shardPlans(plans: readonly Plan[]): Array<{ key: string; province: string; plans: Plan[] }> {
  const groups = new Map<string, Plan[]>();
  for (const plan of plans) {
    const province = provinceOf(plan.region);
    groups.set(province, [...(groups.get(province) ?? []), plan]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b, 'zh'))
    .map(([province, members], i) => ({ key: `s${String(i).padStart(2, '0')}`, province, plans: members }));
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });
  if (!values.content || !values.out) throw new Error('usage: node scripts/bench/search-shards.ts --content DIR --out DIR');
  mkdirSync(values.out, { recursive: true });
  const shards: Shard[] = [];
  for (const group of shardPlans(readPlans(values.content))) {
    const started = performance.now();
    const records = group.plans.flatMap(searchRecords);
    await writeSearchIndex(records, join(values.out, group.key));
    shards.push({
      key: group.key,
      province: group.province,
      plans: group.plans.length,
      records: records.length,
      ms: performance.now() - started,
    });
  }
  writeFileSync(join(values.out, 'shards.json'), `${JSON.stringify(shards, null, 2)}\n`);
  console.log(`${shards.length} shards, ${shards.reduce((sum, shard) => sum + shard.records, 0)} records`);
}
