/**
 * Merges the search output of sites built in shards (each by scripts/search/build-index.ts over
 * its own plans) into one site's `search/`, without reading the plans again or running Pagefind:
 * the engine then finds over all of them what one index of all the records would find, in the
 * same order.
 *
 * - Pagefind: every shard's bundles are linked (or copied) side by side (`pagefind/`, `pagefind-1/`, …) and
 *   listed in `pagefind/shards.json`, which the engine merges with `mergeIndex`; the `order` meta
 *   (plan id, place in the plan) does not depend on the shard.
 * - First-page index: records are renumbered in reading order across all shards (plans by id),
 *   each key's postings merged and cut again into bucket and tail files.
 * - Variant table: made again from the union of the shards' characters.
 * - The engine and UI modules, written for the merged index's shape.
 *
 *   node scripts/search/merge-index.ts --out SITE SHARD_SITE…   (or call mergeSearchIndexes)
 *
 * Reads each shard's records and tails once and its bucket files twice: once to count, once to
 * merge. Memory holds each key's count, and the postings of a share of the keys at a time
 * (HEADS_PER_PASS): a pass takes the keys whose hash falls in its share, and since a bucket is the
 * low bits of that same hash, it reads only the shard buckets that can hold them.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  bucketOf,
  bucketPath,
  characterOf,
  HEAD_POSTINGS,
  postingPairs,
  recordPath,
  tailPath,
  toPostings,
  type BucketEntry,
  type CharacterEntry,
  type Postings,
} from '../../src/search/quick-index.ts';
import { CHARACTERS_PATH, PAGEFIND_DIR, QUICK_INDEX_DIR } from '../../src/search/search-paths.ts';
import { writeBrowserModules } from './write-browser-modules.ts';
import { SHARDS_FILE } from './write-index.ts';
import { bucketCount, PLANS_FILE, writeEmptyBuckets, writeJson, writeKeys, type PlanCounts } from './write-quick-index.ts';
import { writeVariants } from './write-variants.ts';

/** Postings of bucket entries one pass of the merge holds in memory, at most (unless one pass is all the buckets). */
const HEADS_PER_PASS = 4_000_000;

/** Merges the shards' `search/` folders into `site/search/`; the shards are left as they are. */
export async function mergeSearchIndexes(shardSites: readonly string[], site: string): Promise<void> {
  if (shardSites.length === 0) throw new Error('mergeSearchIndexes: no shard to merge');
  mergePagefindBundles(shardSites, site);
  const quick = mergeQuickIndexes(
    shardSites.map((shard) => join(shard, QUICK_INDEX_DIR)),
    join(site, QUICK_INDEX_DIR),
  );
  await writeBrowserModules(site, quick);
  const corpus = new Set<string>();
  for (const shard of shardSites) for (const character of readText(join(shard, CHARACTERS_PATH))) corpus.add(character);
  writeVariants(corpus, site);
}

/** Every shard's Pagefind bundles, in shard order, copied to `pagefind/`, `pagefind-1/`, … and listed in the first. */
export function mergePagefindBundles(shardSites: readonly string[], site: string): void {
  const primary = join(site, PAGEFIND_DIR);
  const bundles = shardSites.flatMap(shardBundles);
  const parent = dirname(primary.replace(/\/+$/u, ''));
  if (existsSync(parent)) {
    for (const entry of readdirSync(parent)) if (/^pagefind(-\d+)?$/u.test(entry)) rmSync(join(parent, entry), { recursive: true });
  }
  const targets = bundles.map((_, i) => (i === 0 ? primary : `${primary.replace(/\/+$/u, '')}-${i}`));
  for (const [i, bundle] of bundles.entries()) linkTree(bundle, targets[i]!);
  const listed = targets.slice(1).map((_, i) => `./pagefind-${i + 1}/`);
  // The first shard's own list is linked here: unlinked first, so that writing this one leaves it as it is.
  rmSync(join(primary, SHARDS_FILE));
  writeFileSync(join(primary, SHARDS_FILE), `${JSON.stringify(listed)}\n`);
}

/** A shard's Pagefind bundles: its `pagefind/` and those its `shards.json` lists. */
export function shardBundles(shardSite: string): string[] {
  const first = join(shardSite, PAGEFIND_DIR);
  const others = JSON.parse(readText(join(first, SHARDS_FILE))) as string[];
  return [first, ...others.map((path) => join(first, '..', path))];
}

/**
 * The shards' first-page indexes as one: records renumbered in reading order (plans by id, as one
 * build numbers them), their files copied, every key's postings merged. Returns the index's shape.
 */
export function mergeQuickIndexes(
  shardDirs: readonly string[],
  quickDir: string,
  headsPerPass = HEADS_PER_PASS,
): { buckets: number; records: number } {
  rmSync(quickDir, { recursive: true, force: true });
  const shardPlans = shardDirs.map((dir) => JSON.parse(readText(join(dir, PLANS_FILE))) as PlanCounts);
  const renumber = globalIds(shardPlans);
  // The merged site's plans, in the order of its records, so that it can be merged in turn.
  writeJson(
    join(quickDir, PLANS_FILE),
    shardPlans.flat().sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const records = renumber.reduce((sum, ids) => sum + ids.length, 0);
  const folders = new Set<string>();
  for (const [shard, dir] of shardDirs.entries()) {
    for (const [local, id] of renumber[shard]!.entries()) {
      const target = join(quickDir, recordPath(id));
      if (!folders.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
      folders.add(dirname(target));
      linkOrCopy(join(dir, recordPath(local)), target);
    }
  }
  // First pass: how many records hold each key, which sets the bucket count as one build would.
  const totals = new Map<string, number>();
  let heads = 0;
  forEachEntry(shardDirs, (_, key, [total]) => {
    totals.set(key, (totals.get(key) ?? 0) + total);
    heads += Math.min(total, HEAD_POSTINGS);
  });
  const buckets = bucketCount(totals);
  totals.clear();
  writeEmptyBuckets(quickDir, buckets);
  // Then the keys a share of the buckets at a time, so that memory holds at most about `headsPerPass` postings.
  let passes = 1;
  while (passes < buckets && passes * headsPerPass < heads) passes *= 2;
  for (let pass = 0; pass < passes; pass++) {
    // Every key's head from every shard, renumbered; a shard whose postings of the key go on has its tail read later.
    // Per key, `count, id, count, id, …` (flat, compact in memory), and the shards whose postings go on in a tail.
    const keys = new Map<string, { flat: number[]; tails: number[] }>();
    const add = (flat: number[], shard: number, postings: Postings) => {
      for (const [count, local] of postingPairs(postings)) flat.push(count, renumber[shard]![local]!);
    };
    forEachEntry(
      shardDirs,
      (shard, key, [total, head]) => {
        let merged = keys.get(key);
        if (!merged) keys.set(key, (merged = { flat: [], tails: [] }));
        const before = merged.flat.length;
        add(merged.flat, shard, head);
        if ((merged.flat.length - before) / 2 < total) merged.tails.push(shard);
      },
      { share: pass, shares: passes },
    );
    const postings = function* (): Generator<[string, Postings]> {
      for (const [key, { flat, tails }] of keys) {
        for (const shard of tails) add(flat, shard, JSON.parse(readText(join(shardDirs[shard]!, tailPath(key)))) as Postings);
        const pairs: [number, number][] = [];
        for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
        yield [key, toPostings(pairs)];
        keys.delete(key);
      }
    };
    writeKeys(postings(), quickDir, buckets);
  }
  return { buckets, records };
}

/** The keys whose hash falls in one of `shares` (a power of two) equal shares: `bucketOf(key, shares) === share`. */
export interface KeyShare {
  readonly share: number;
  readonly shares: number;
}

/**
 * Calls `visit` with every key's entry in every shard's first-page index (pairs' in bucket files,
 * characters' in their own), or only the keys of `only`, reading only the files that can hold them.
 */
export function forEachEntry(
  shardDirs: readonly string[],
  visit: (shard: number, key: string, entry: BucketEntry) => void,
  only: KeyShare = { share: 0, shares: 1 },
): void {
  const inShare = (key: string) => bucketOf(key, only.shares) === only.share;
  for (const [shard, dir] of shardDirs.entries()) {
    const buckets = readdirSync(join(dir, 'b')).length;
    if ((buckets & (buckets - 1)) !== 0)
      throw new Error(`mergeSearchIndexes: ${join(dir, 'b')} holds ${buckets} bucket files, not a power of two`);
    // Bucket and share are both the low bits of one hash: the buckets whose low bits are the share's hold its keys.
    const mask = Math.min(buckets, only.shares) - 1;
    for (let bucket = only.share & mask; bucket < buckets; bucket += mask + 1) {
      const entries = JSON.parse(readText(join(dir, bucketPath(bucket)))) as Record<string, BucketEntry>;
      for (const key in entries) if (inShare(key)) visit(shard, key, entries[key]!);
    }
    for (const name of existsSync(join(dir, 'c')) ? readdirSync(join(dir, 'c')) : []) {
      const key = characterOf(name);
      if (!inShare(key)) continue;
      const [total, head] = JSON.parse(readText(join(dir, 'c', name))) as CharacterEntry;
      visit(shard, key, [total, head]);
    }
  }
}

/** For each shard, its records' ids across the site: plans in id order, a plan's records consecutive, as one build numbers them. */
export function globalIds(shards: readonly PlanCounts[]): number[][] {
  const plans = shards.flatMap((plans, shard) => {
    let local = 0;
    return plans.map(([planId, count]) => ({ planId, count, shard, local: (local += count) - count }));
  });
  plans.sort((a, b) => (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : 0));
  for (const [i, plan] of plans.entries()) {
    if (i > 0 && plans[i - 1]!.planId === plan.planId) throw new Error(`mergeSearchIndexes: plan ${plan.planId} is in two shards`);
  }
  const ids = shards.map((plans) => new Array<number>(plans.reduce((sum, [, count]) => sum + count, 0)));
  let next = 0;
  for (const { count, shard, local } of plans) for (let i = 0; i < count; i++) ids[shard]![local + i] = next++;
  return ids;
}

/**
 * A shard's file in the merged site: a hard link when both are on one file system (no bytes
 * copied; the search step never rewrites a file in place, it deletes its folder and writes anew),
 * else a copy.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Every file of a folder, linked or copied into another. */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else linkOrCopy(join(from, entry.name), join(to, entry.name));
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`mergeSearchIndexes: ${file} is missing: was the shard built with scripts/search/build-index.ts?`, { cause: error });
  }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  if (!values.out || positionals.length === 0) throw new Error('usage: node scripts/search/merge-index.ts --out SITE SHARD_SITE…');
  const started = performance.now();
  await mergeSearchIndexes(positionals, values.out);
  console.log(
    `search: ${positionals.length} shards' search output merged into ${join(values.out, 'search')} in ${Math.round(performance.now() - started)} ms`,
  );
}
