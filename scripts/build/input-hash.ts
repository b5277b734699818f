/**
 * Content hashes of what a build step reads, so that a step whose inputs are unchanged reuses its
 * output. Bytes only: the ingest rewrites `content/plans/` on every run, so times say nothing.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `paths` (files or folders), in a fixed order, by path relative to `base` and bytes. */
export function hashFiles(paths: readonly string[], base: string, hash: Hash = createHash('sha256')): Hash {
  for (const path of paths) {
    if (!existsSync(path)) {
      hash.update(`missing ${relative(base, path)}\0`);
      continue;
    }
    for (const file of listFiles(path)) {
      hash.update(`${relative(base, file)}\0`);
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  return hash;
}

/** The files under a path, depth first in name order; a file is itself. */
function listFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => listFiles(join(path, entry.name)));
}

/** A hash of some text values (settings, names), in order. */
export function hashValues(values: readonly string[], hash: Hash = createHash('sha256')): Hash {
  for (const value of values) hash.update(`${value}\0`);
  return hash;
}
