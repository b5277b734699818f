/**
 * The merge step of a sharded build: `dist/` made of each shard's plan pages, the hub's pages
 * across plans and the search index. Files are hard links into the shards' and hub's outputs, kept for the next build,
 * so a step after this one must write new files, never rewrite a file in place.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ASTRO_ASSETS_DIR, planOutputPaths } from './shard-outputs.ts';

export interface ShardOutput {
  readonly dist: string;
  readonly planIds: readonly string[];
}

/** Writes `site` afresh: the whole output of the steps across plans (hub, search), then each shard's plans' paths and assets. Returns the number of files. */
export function assembleSite(site: string, acrossPlans: readonly string[], shards: readonly ShardOutput[]): number {
  rmSync(site, { recursive: true, force: true });
  let files = 0;
  for (const dist of acrossPlans) files += linkTree(dist, site);
  for (const shard of shards) {
    files += linkTree(join(shard.dist, ASTRO_ASSETS_DIR), join(site, ASTRO_ASSETS_DIR));
    for (const id of shard.planIds)
      for (const path of planOutputPaths(id))
        if (existsSync(join(shard.dist, path))) files += linkTree(join(shard.dist, path), join(site, path));
  }
  return files;
}

/** Hard-links every file under `from` (a file or folder) to the same place under `to`; a file already there is kept (assets are named by their content). */
function linkTree(from: string, to: string): number {
  if (!existsSync(from)) return 0;
  if (!statSync(from).isDirectory()) return linkFile(from, to);
  let files = 0;
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    files += linkFile(source, join(to, relative(from, source)));
  }
  return files;
}

function linkFile(source: string, target: string): number {
  if (existsSync(target)) return 0;
  mkdirSync(dirname(target), { recursive: true });
  linkSync(source, target);
  return 1;
}
