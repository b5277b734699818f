/**
 * The search step of a sharded build updates its previous merge when shards were rebuilt
 * (scripts/build/search-merge.ts): after an edited paragraph in two shards, the merged search
 * output is the same bytes as a fresh merge of the shards, while the unchanged shards' files are
 * left as they were; when a shard's records are numbered anew (a chapter added), it merges afresh.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.ts';
import { editOneParagraph } from '../../scripts/bench/corpus/edit-paragraph.ts';
import { mergeShardSearch, type MergedShard } from '../../scripts/build/search-merge.ts';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import { searchRecords } from '../../scripts/search/search-records.ts';
import { writeSearch } from '../../scripts/search/write-search.ts';
import type { Plan } from '../../src/lib/plan-schema.ts';
import { QUICK_INDEX_DIR } from '../../src/search/search-paths.ts';
import { recordPath } from '../../src/search/quick-index.ts';

const SOURCES = 'content/sources';
const ids = readdirSync(SOURCES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.replace(/\.txt$/u, ''))
  .sort();

function ingest(id: string, text?: string): Plan {
  const bytes = text === undefined ? readFileSync(join(SOURCES, `${id}.txt`)) : new TextEncoder().encode(text);
  const sidecar = { file: `${id}.yml`, text: readFileSync(join(SOURCES, `${id}.yml`), 'utf8') };
  return ingestPlan({ file: `${id}.txt`, bytes, sidecar }).plan;
}

/** The source of plan `id` with one paragraph edited, as an editor would. */
function edited(id: string): string {
  return editOneParagraph(readFileSync(join(SOURCES, `${id}.txt`)), ingest(id)).text;
}

const root = tempDir('planpress-search-merge-');

/** Three shards, plans dealt round, so that a shard's records are not a run of the site's numbers. */
const shardPlans = [0, 1, 2].map((shard) => ids.filter((_, i) => i % 3 === shard));
const original = new Map(ids.map((id) => [id, ingest(id)]));

/** A shard's search output for its plans, some of them edited; `version` names the build. */
async function buildShard(shard: number, version: string, plans: ReadonlyMap<string, Plan>): Promise<MergedShard> {
  const dist = join(root, `shard-${shard}`, version);
  await writeSearch(
    shardPlans[shard]!.flatMap((id) => searchRecords(plans.get(id)!)),
    dist,
  );
  return { name: `shard-${shard}`, stamp: version, dist };
}

function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))]),
  );
}

function expectSameTree(actual: string, expected: string): void {
  const [a, e] = [tree(actual), tree(expected)];
  expect([...a.keys()].sort()).toEqual([...e.keys()].sort());
  expect([...e].filter(([path, bytes]) => !a.get(path)!.equals(bytes)).map(([path]) => path)).toEqual([]);
}

describe('the search step of a sharded build', () => {
  const site = join(root, 'merged');
  const state = join(root, 'merge-state.json');
  let first: MergedShard[];

  beforeAll(async () => {
    first = [await buildShard(0, 'v1', original), await buildShard(1, 'v1', original), await buildShard(2, 'v1', original)];
    expect(await mergeShardSearch(first, site, state)).toMatchObject({ afresh: true });
  }, 120_000);

  it('updates the merge for two shards whose paragraphs were edited, to the bytes of a fresh merge', async () => {
    const [a, b] = [shardPlans[1]![0]!, shardPlans[2]![0]!];
    const plans = new Map(original).set(a, ingest(a, edited(a))).set(b, ingest(b, edited(b)));
    const keptRecord = join(site, QUICK_INDEX_DIR, recordPath(0));
    const keptInode = statSync(keptRecord).ino;
    const second = [
      first[0]!,
      { ...(await buildShard(1, 'v2', plans)), previous: { stamp: 'v1', dist: first[1]!.dist } },
      { ...(await buildShard(2, 'v2', plans)), previous: { stamp: 'v1', dist: first[2]!.dist } },
    ];
    const update = await mergeShardSearch(second, site, state);
    expect(update).toMatchObject({ afresh: false, merged: ['shard-1', 'shard-2'] });
    expect(update.keys).toBeGreaterThan(0);
    expect(statSync(keptRecord).ino).toBe(keptInode);

    const fresh = join(root, 'fresh');
    await mergeShardSearch(second, fresh, join(root, 'fresh-state.json'));
    expectSameTree(site, fresh);
  }, 120_000);

  it('merges afresh when a shard’s records are numbered anew', async () => {
    const id = shardPlans[0]![0]!;
    const added = `${readFileSync(join(SOURCES, `${id}.txt`), 'utf8').trimEnd()}\n第九十九章 结束语\n本规划自印发之日起施行。\n`;
    const plans = new Map(original).set(id, ingest(id, added));
    expect(searchRecords(plans.get(id)!).length).toBeGreaterThan(searchRecords(original.get(id)!).length);
    const third = [{ ...(await buildShard(0, 'v3', plans)), previous: { stamp: 'v1', dist: first[0]!.dist } }, ...first.slice(1)];
    // Shards 1 and 2 went back to their first build: their previous output is not what the last merge read.
    expect(await mergeShardSearch(third, site, state)).toMatchObject({ afresh: true });
    const fresh = join(root, 'fresh-3');
    await mergeShardSearch(third, fresh, join(root, 'fresh-3-state.json'));
    expectSameTree(site, fresh);
  }, 120_000);
});
