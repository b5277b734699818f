/**
 * A shard rebuilt for a few changed plans: a plan's own pages depend on that plan only (the
 * whole-vs-sharded test shows it), so only the changed plans are rendered, and the shard's new
 * output is its previous one with those plans' paths replaced. The unchanged plans' files are
 * moved, not copied, so they keep their identity and the assembly leaves them as they are; the
 * previous output keeps its `search/`, which the search merge compares with the new one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ASTRO_ASSETS_DIR, planOutputPaths } from './shard-outputs.ts';

/** What a shard's output was built from, kept in it: the code's hash and each plan's. */
export interface ShardInputs {
  readonly code: string;
  readonly plans: Readonly<Record<string, string>>;
}

const INPUTS_FILE = 'build-inputs.json';

export function writeShardInputs(dist: string, inputs: ShardInputs): void {
  writeFileSync(join(dist, INPUTS_FILE), JSON.stringify(inputs));
}

/**
 * The plans whose files changed since the shard's previous output, or null when that output cannot
 * be spliced: none kept, other code, other plans, or every plan changed.
 */
export function changedPlans(previousDist: string | undefined, inputs: ShardInputs): string[] | null {
  if (!previousDist || !existsSync(join(previousDist, INPUTS_FILE))) return null;
  const before = JSON.parse(readFileSync(join(previousDist, INPUTS_FILE), 'utf8')) as ShardInputs;
  const ids = Object.keys(inputs.plans);
  if (before.code !== inputs.code || Object.keys(before.plans).length !== ids.length || ids.some((id) => !(id in before.plans)))
    return null;
  const changed = ids.filter((id) => before.plans[id] !== inputs.plans[id]);
  return changed.length < ids.length ? changed : null;
}

/**
 * Writes `dist` from the previous output (every plan but the changed ones, and its assets) and
 * `rendered`, the changed plans' fresh output (their paths, and its assets where new).
 */
export function spliceShard(
  previousDist: string,
  rendered: string,
  dist: string,
  planIds: readonly string[],
  changed: readonly string[],
): void {
  // First: a splice cut short leaves a previous output that cannot be spliced again.
  rmSync(join(previousDist, INPUTS_FILE));
  const fresh = new Set(changed);
  for (const id of planIds)
    for (const path of planOutputPaths(id)) moveIfThere(join(fresh.has(id) ? rendered : previousDist, path), join(dist, path));
  moveIfThere(join(previousDist, ASTRO_ASSETS_DIR), join(dist, ASTRO_ASSETS_DIR));
  const assets = join(rendered, ASTRO_ASSETS_DIR);
  if (!existsSync(assets)) return;
  for (const entry of readdirSync(assets, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(assets.length);
    // Assets are named by their content: one already there is the same bytes.
    if (!existsSync(join(dist, ASTRO_ASSETS_DIR, path))) moveIfThere(join(assets, path), join(dist, ASTRO_ASSETS_DIR, path));
  }
  rmSync(rendered, { recursive: true, force: true });
}

function moveIfThere(from: string, to: string): void {
  if (!existsSync(from)) return;
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
}
