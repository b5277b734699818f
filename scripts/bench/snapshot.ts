/**
 * A copy of the project as it stands, for a long benchmark: others keep editing the working tree,
 * and a build that reads a file halfway through an edit measures nothing. The copy lives under
 * the project's tmp/ so that Node and Vite find packages in the project's node_modules/ by
 * walking up (a symlinked node_modules/ makes Vite bundle packages it should leave external).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Generated or installed: never copied. */
const SKIPPED = new Set(['node_modules', 'dist', '.astro', 'tmp', '.git', 'content/plans']);

export interface Snapshot {
  readonly dir: string;
  /** `git describe`-like: the commit, and whether the working tree had changes on top of it. */
  readonly revision: string;
  remove(): void;
}

export function takeSnapshot(root: string, name: string): Snapshot {
  const dir = join(root, 'tmp', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Entry by entry: the copy is inside the project, which cpSync refuses to copy whole.
  for (const entry of readdirSync(root)) {
    if (SKIPPED.has(entry)) continue;
    cpSync(join(root, entry), join(dir, entry), {
      recursive: true,
      filter: (source) => !SKIPPED.has(relative(root, source).split(sep).join('/')),
    });
  }
  return { dir, revision: revision(root), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function revision(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=normal'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} with uncommitted changes` : head;
  } catch {
    return 'not a git checkout';
  }
}
