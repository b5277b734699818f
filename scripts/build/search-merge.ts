/**
 * The search step of a sharded build: the shards' search output merged (scripts/search/merge-index.ts),
 * in proportion to what changed. A fresh merge reads every shard's buckets and tails and writes
 * every merged one; after an edit, most of that is the same. So the merge keeps its output and a
 * state (each shard's stamp and bundles), and when shards were rebuilt since — each with the output
 * the last merge read still kept beside it (build-targets.ts, `keepPrevious`) — it updates the
 * output: the rebuilt shards' Pagefind bundles linked again, their changed record files, and only
 * the keys whose postings differ between a shard's old and new index, in the buckets and tails
 * that hold them. The result is the same bytes as a fresh merge (tests/build/search-merge.test.ts);
 * when it could not be (plans added or moved, a record more or less, the bucket count changing),
 * the merge runs afresh. Files are never rewritten in place: the site's `dist/` links to them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  bucketOf,
  bucketPath,
  characterPath,
  isCharacterKey,
  postingPairs,
  recordPath,
  tailPath,
  toPostings,
  type BucketEntry,
  type Postings,
} from '../../src/search/quick-index.ts';
import { CHARACTERS_PATH, PAGEFIND_DIR, QUICK_INDEX_DIR, VARIANTS_PATH } from '../../src/search/search-paths.ts';
import { forEachEntry, globalIds, linkOrCopy, linkTree, mergeSearchIndexes, shardBundles } from '../search/merge-index.ts';
import { SHARDS_FILE } from '../search/write-index.ts';
import { bucketCount, PLANS_FILE, writeJson, writeKeys, type PlanCounts } from '../search/write-quick-index.ts';
import { writeVariants } from '../search/write-variants.ts';

export interface MergedShard {
  readonly name: string;
  readonly stamp: string;
  /** The shard's site (its `search/` inside). */
  readonly dist: string;
  /** The shard's output before it was last rebuilt, and its stamp, when kept. */
  readonly previous?: { readonly stamp: string; readonly dist: string };
}

interface MergeState {
  readonly shards: readonly { readonly name: string; readonly stamp: string; readonly bundles: number }[];
}

export interface SearchMerge {
  /** The shards whose search output was merged again; all of them when the merge ran afresh. */
  readonly merged: readonly string[];
  readonly afresh: boolean;
  /** Keys whose postings changed, when updated. */
  readonly keys: number;
}

/** Writes `site/search/` from the shards' search output, updating the previous merge's when it can. */
export async function mergeShardSearch(shards: readonly MergedShard[], site: string, stateFile: string): Promise<SearchMerge> {
  const state = existsSync(stateFile) && existsSync(site) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as MergeState) : null;
  // An update cut short leaves no state, so the next merge runs afresh.
  rmSync(stateFile, { force: true });
  const plan = state ? updatePlan(shards, state) : null;
  const keys = plan ? updateMerge(shards, plan, site) : null;
  if (keys === null) {
    rmSync(site, { recursive: true, force: true });
    await mergeSearchIndexes(
      shards.map((shard) => shard.dist),
      site,
    );
  }
  const next: MergeState = {
    shards: shards.map((shard) => ({ name: shard.name, stamp: shard.stamp, bundles: shardBundles(shard.dist).length })),
  };
  mkdirSync(dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify(next));
  const changed = plan ? plan.changed.map((i) => shards[i]!.name) : shards.map((shard) => shard.name);
  return { merged: changed, afresh: keys === null, keys: keys ?? 0 };
}

interface UpdatePlan {
  /** Indexes of the shards rebuilt since the last merge. */
  readonly changed: readonly number[];
  /** Each shard's first bundle's place among the merged bundles. */
  readonly firstBundle: readonly number[];
}

/** Which shards changed since the merge `state` records, or null when the merge cannot be updated from it. */
function updatePlan(shards: readonly MergedShard[], state: MergeState): UpdatePlan | null {
  if (state.shards.length !== shards.length) return null;
  const changed: number[] = [];
  const firstBundle: number[] = [];
  let bundles = 0;
  for (const [i, shard] of shards.entries()) {
    const was = state.shards[i]!;
    if (was.name !== shard.name) return null;
    firstBundle.push(bundles);
    bundles += was.bundles;
    if (was.stamp === shard.stamp) continue;
    const previous = shard.previous;
    if (!previous || previous.stamp !== was.stamp || !existsSync(previous.dist)) return null;
    // The same plans with as many records each keep every record's number, and the same bundles keep their folders.
    const plans = (dist: string) => readFileSync(join(dist, QUICK_INDEX_DIR, PLANS_FILE), 'utf8');
    if (plans(previous.dist) !== plans(shard.dist) || shardBundles(shard.dist).length !== was.bundles) return null;
    changed.push(i);
  }
  return { changed, firstBundle };
}

/** Updates the merged output in `site` for the changed shards; returns the number of keys changed, or null when the bucket count changes. */
function updateMerge(shards: readonly MergedShard[], { changed, firstBundle }: UpdatePlan, site: string): number | null {
  const quick = join(site, QUICK_INDEX_DIR);
  const renumber = globalIds(
    shards.map((shard) => JSON.parse(readFileSync(join(shard.dist, QUICK_INDEX_DIR, PLANS_FILE), 'utf8')) as PlanCounts),
  );
  const merged = readEntries(quick);
  const buckets = readdirSync(join(quick, 'b')).length;

  // The keys whose postings differ in a changed shard; for them, every changed shard's new postings.
  const differing = new Set<string>();
  const removedIds = new Set<number>();
  const entriesNow = changed.map((i) => {
    const [dir, before] = [join(shards[i]!.dist, QUICK_INDEX_DIR), join(shards[i]!.previous!.dist, QUICK_INDEX_DIR)];
    for (const id of renumber[i]!) removedIds.add(id);
    const [now, then] = [readEntries(dir), readEntries(before)];
    for (const key of new Set([...now.keys(), ...then.keys()]))
      if (!sameEntry(now.get(key), then.get(key)) || !sameTail(dir, before, key, now.get(key)) || !sameLeads(dir, before, key))
        differing.add(key);
    return { dir, now, ids: renumber[i]! };
  });
  const added = new Map<string, [number, number][]>();
  for (const key of differing) {
    const pairs: [number, number][] = [];
    for (const { dir, now, ids } of entriesNow) {
      const entry = now.get(key);
      if (entry) for (const [count, local] of fullPostings(dir, key, entry)) pairs.push([count, ids[local]!]);
    }
    added.set(key, pairs);
  }
  // A key of a changed shard that did not change there keeps its merged postings.
  const postingsOf = (key: string): Postings => {
    const kept = merged.has(key)
      ? fullPostings(quick, key, merged.get(key)!).filter(([, id]) => !(added.has(key) && removedIds.has(id)))
      : [];
    return toPostings([...kept, ...(added.get(key) ?? [])]);
  };
  const totals = new Map([...merged].map(([key, [total]]) => [key, total]));
  const changedPostings = new Map([...added.keys()].map((key) => [key, postingsOf(key)]));
  for (const [key, postings] of changedPostings) {
    const total = postings.reduce((sum, group) => sum + group.length - 1, 0);
    if (total) totals.set(key, total);
    else totals.delete(key);
  }
  if (bucketCount(totals) !== buckets) return null;

  // The changed shards' records first: a character's file carries leads cut from its first records.
  for (const i of changed) relinkRecords(shards[i]!.dist, renumber[i]!, quick);

  // Bucket files holding a changed pair are written again whole, with their keys' tails; a changed character's own file alone.
  const touched = new Set([...added.keys()].filter((key) => !isCharacterKey(key)).map((key) => bucketOf(key, buckets)));
  const keysOf = new Map<number, Set<string>>();
  for (const key of new Set([...merged.keys(), ...added.keys()])) {
    if (isCharacterKey(key)) continue;
    const bucket = bucketOf(key, buckets);
    if (touched.has(bucket)) keysOf.set(bucket, (keysOf.get(bucket) ?? new Set()).add(key));
  }
  const rewritten: [string, Postings][] = [];
  for (const [bucket, keys] of keysOf) {
    for (const key of keys) {
      const postings = changedPostings.get(key) ?? postingsOf(key);
      if (postings.length) rewritten.push([key, postings]);
    }
    for (const key of keys) if (merged.has(key) && existsSync(join(quick, tailPath(key)))) unlinkSync(join(quick, tailPath(key)));
    unlinkSync(join(quick, bucketPath(bucket)));
    writeJson(join(quick, bucketPath(bucket)), {});
  }
  for (const key of added.keys()) {
    if (!isCharacterKey(key)) continue;
    if (merged.has(key)) {
      unlinkSync(join(quick, characterPath(key)));
      if (existsSync(join(quick, tailPath(key)))) unlinkSync(join(quick, tailPath(key)));
    }
    const postings = changedPostings.get(key)!;
    if (postings.length) rewritten.push([key, postings]);
  }
  writeKeys(rewritten, quick, buckets);

  for (const i of changed) relinkBundles(shards[i]!.dist, firstBundle[i]!, site);
  writeVariantsIfChanged(shards, site);
  return added.size;
}

/** Every key's bucket entry in a first-page index. */
function readEntries(quickDir: string): Map<string, BucketEntry> {
  const entries = new Map<string, BucketEntry>();
  forEachEntry([quickDir], (_, key, entry) => entries.set(key, entry));
  return entries;
}

function sameEntry(a: BucketEntry | undefined, b: BucketEntry | undefined): boolean {
  return a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** True when a key's tail file, if it has one, is the same bytes in both indexes. */
function sameTail(a: string, b: string, key: string, entry: BucketEntry | undefined): boolean {
  if (!entry || !hasTail(entry)) return true;
  const [x, y] = [join(a, tailPath(key)), join(b, tailPath(key))];
  return statSync(x).size === statSync(y).size && readFileSync(x).equals(readFileSync(y));
}

/** True when a character's own file (its head and the leads cut from its first records) is the same bytes in both indexes. */
function sameLeads(a: string, b: string, key: string): boolean {
  if (!isCharacterKey(key)) return true;
  const [x, y] = [join(a, characterPath(key)), join(b, characterPath(key))];
  return existsSync(x) && existsSync(y) && readFileSync(x).equals(readFileSync(y));
}

function hasTail([total, head]: BucketEntry): boolean {
  return postingPairs(head).length < total;
}

/** A key's postings in an index, head and tail, as [count, id] pairs. */
function fullPostings(quickDir: string, key: string, entry: BucketEntry): [number, number][] {
  const pairs = postingPairs(entry[1]);
  if (hasTail(entry)) pairs.push(...postingPairs(JSON.parse(readFileSync(join(quickDir, tailPath(key)), 'utf8')) as Postings));
  return pairs;
}

/** A rebuilt shard's record files whose bytes changed, linked again under their numbers across the site. */
function relinkRecords(shardSite: string, ids: readonly number[], quick: string): void {
  for (const [local, id] of ids.entries()) {
    const [from, to] = [join(shardSite, QUICK_INDEX_DIR, recordPath(local)), join(quick, recordPath(id))];
    if (readFileSync(from).equals(readFileSync(to))) continue;
    unlinkSync(to);
    linkOrCopy(from, to);
  }
}

/** A rebuilt shard's Pagefind bundles linked again into their folders (`pagefind/`, `pagefind-<n>/`). */
function relinkBundles(shardSite: string, first: number, site: string): void {
  const primary = join(site, PAGEFIND_DIR).replace(/\/+$/u, '');
  for (const [k, bundle] of shardBundles(shardSite).entries()) {
    const at = first + k;
    const target = at === 0 ? primary : `${primary}-${at}`;
    const listed = at === 0 ? readFileSync(join(target, SHARDS_FILE)) : null;
    rmSync(target, { recursive: true, force: true });
    linkTree(bundle, target);
    if (listed) {
      // The first bundle's folder lists every other: that list is the merge's, not the shard's.
      unlinkSync(join(target, SHARDS_FILE));
      writeFileSync(join(target, SHARDS_FILE), listed);
    }
  }
}

/** The variant table again when the corpus's characters changed. */
function writeVariantsIfChanged(shards: readonly MergedShard[], site: string): void {
  const corpus = new Set<string>();
  for (const shard of shards) for (const character of readFileSync(join(shard.dist, CHARACTERS_PATH), 'utf8')) corpus.add(character);
  if ([...corpus].sort().join('') === readFileSync(join(site, CHARACTERS_PATH), 'utf8')) return;
  for (const path of [VARIANTS_PATH, CHARACTERS_PATH]) unlinkSync(join(site, path));
  writeVariants(corpus, site);
}
