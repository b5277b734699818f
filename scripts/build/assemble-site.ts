/**
 * The merge step of a sharded build: `dist/` made of each shard's plan pages, the hub's pages
 * across plans and the search index, as hard links into the steps' outputs (kept for the next
 * build, so a step must write new files, never rewrite one in place). The assembly remembers what
 * each step contributed and under which stamp (a manifest beside the steps), so the next one
 * touches only the files of the steps whose stamp changed: their new files linked, their files
 * that went removed, the rest of `dist/` left as it is.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** One step's contribution to the site: the files under `paths` of its output (all of it when absent). */
export interface SitePart {
  readonly name: string;
  /** The step's stamp: while it is the same, so are its output's files. */
  readonly hash: string;
  readonly dist: string;
  /** Paths under `dist` (files or folders, no leading slash) that the step contributes; absent for its whole output. */
  readonly paths?: readonly string[];
}

/** What an assembly wrote: for each part, its stamp and files (paths under the site). */
interface Manifest {
  readonly site: string;
  readonly parts: readonly { readonly name: string; readonly hash: string; readonly files: readonly string[] }[];
}

export interface Assembly {
  /** Files linked (new or replaced) and removed by this assembly. */
  readonly linked: number;
  readonly removed: number;
  /** Files in the site. */
  readonly files: number;
  /** True when the previous assembly was lost or of another site, so the site was written afresh. */
  readonly afresh: boolean;
}

/**
 * Brings `site` to the union of the parts' files, an earlier part's file winning over a later
 * one's at the same path (assets named by content are the same bytes in every shard). With the
 * manifest of the previous assembly into the same site, only the parts whose stamp changed are
 * read again; without it the site is written afresh.
 */
export function assembleSite(site: string, parts: readonly SitePart[], manifestFile: string): Assembly {
  const previous = readManifest(manifestFile, site);
  // No stamp changed: the site is as the manifest says.
  if (previous && previous.parts.length === parts.length && previous.parts.every((part, i) => stampOf(part) === stampOf(parts[i]!)))
    return { linked: 0, removed: 0, files: new Set(previous.parts.flatMap((part) => part.files)).size, afresh: false };
  const before = new Map<string, string>();
  if (!previous) rmSync(site, { recursive: true, force: true });
  for (const part of previous?.parts ?? []) for (const file of part.files) if (!before.has(file)) before.set(file, stampOf(part));
  const kept = new Map((previous?.parts ?? []).map((part) => [stampOf(part), part.files]));
  // The manifest goes first: an assembly cut short leaves none, so the next one starts afresh.
  rmSync(manifestFile, { force: true });

  const owners = new Map<string, { stamp: string; source: string }>();
  const manifest: Manifest = {
    site,
    parts: parts.map((part) => {
      const stamp = stampOf(part);
      const files = kept.get(stamp) ?? partFiles(part);
      for (const file of files) if (!owners.has(file)) owners.set(file, { stamp, source: join(part.dist, file) });
      return { name: part.name, hash: part.hash, files: [...files] };
    }),
  };
  let removed = 0;
  for (const file of before.keys()) {
    if (owners.has(file)) continue;
    unlinkSync(join(site, file));
    removeEmptyFolders(dirname(join(site, file)), site);
    removed++;
  }
  let linked = 0;
  for (const [file, { stamp, source }] of owners) {
    const target = join(site, file);
    if (before.get(file) === stamp) continue;
    if (before.has(file)) {
      // A rebuilt step that left a file as it was (the search merge links its unchanged files on) keeps its link.
      if (sameFile(source, target)) continue;
      unlinkSync(target);
    }
    mkdirSync(dirname(target), { recursive: true });
    linkSync(source, target);
    linked++;
  }
  mkdirSync(dirname(manifestFile), { recursive: true });
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return { linked, removed, files: owners.size, afresh: previous === null };
}

/** The previous assembly's manifest, when it was of this site and the site is still there. */
function readManifest(file: string, site: string): Manifest | null {
  if (!existsSync(file) || !existsSync(site)) return null;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  return manifest.site === site ? manifest : null;
}

function stampOf(part: { name: string; hash: string }): string {
  return `${part.name}\0${part.hash}`;
}

/** The files a part contributes, by path under the site, in a fixed order. */
function partFiles(part: SitePart): string[] {
  const files: string[] = [];
  for (const path of part.paths ?? ['']) {
    const from = join(part.dist, path);
    if (!existsSync(from)) continue;
    if (!statSync(from).isDirectory()) {
      files.push(path);
      continue;
    }
    for (const entry of readdirSync(from, { withFileTypes: true, recursive: true }))
      if (entry.isFile()) files.push(relative(part.dist, join(entry.parentPath, entry.name)));
  }
  return files.sort();
}

function sameFile(a: string, b: string): boolean {
  const [x, y] = [statSync(a), statSync(b)];
  return x.ino === y.ino && x.dev === y.dev;
}

/** Removes `folder` and the folders above it up to `root` while they are empty. */
function removeEmptyFolders(folder: string, root: string): void {
  while (folder !== root && folder.startsWith(root) && readdirSync(folder).length === 0) {
    rmdirSync(folder);
    folder = dirname(folder);
  }
}
