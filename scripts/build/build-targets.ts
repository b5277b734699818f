/**
 * The steps of a sharded build that produce output of their own — a shard's plan pages, the hub's
 * pages across plans, the search index — each kept in its folder under the build's work dir with
 * a stamp of the hash of its inputs. A step whose stamp matches is not run again: its output is
 * reused as it is.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runNode } from './run-command.ts';
import { astroBin, prepareSiteRoot } from './site-root.ts';

type Env = Readonly<Record<string, string | undefined>>;

export interface StepResult {
  readonly name: string;
  readonly ms: number;
  /** True when the stamp matched and the output of an earlier build was kept. */
  readonly reused: boolean;
}

/** A step with a stamped output folder: `<dir>/dist/` its output, `<dir>/stamp` its inputs' hash. */
export interface Target {
  readonly name: string;
  readonly dir: string;
  readonly hash: string;
  /**
   * What becomes of the output of an earlier build when the step runs again: `remove` it (the
   * default); `keep` it as `<dir>/previous/` with its stamp (a shard: the search merge compares
   * the two); `update` it (the step itself brings it up to date).
   */
  readonly earlier?: 'remove' | 'keep' | 'update';
}

/** The output a `keep` target had before its last build, and its stamp, when there was one. */
export function previousOutput(target: Target): { stamp: string; dist: string } | undefined {
  const [dist, stampFile] = [join(target.dir, 'previous'), join(target.dir, 'previous-stamp')];
  return existsSync(stampFile) && existsSync(dist) ? { stamp: readFileSync(stampFile, 'utf8'), dist } : undefined;
}

export function targetDist(target: Target): string {
  return join(target.dir, 'dist');
}

/** Runs `build` unless the target's stamp matches its hash; the stamp is written only after success. */
export async function buildTarget(target: Target, build: () => Promise<void>): Promise<StepResult> {
  const started = performance.now();
  const stampFile = join(target.dir, 'stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === target.hash && existsSync(targetDist(target)))
    return { name: target.name, ms: performance.now() - started, reused: true };
  const earlierStamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : null;
  rmSync(stampFile, { force: true });
  if (target.earlier === 'keep' && earlierStamp !== null && existsSync(targetDist(target))) {
    rmSync(join(target.dir, 'previous-stamp'), { force: true });
    rmSync(join(target.dir, 'previous'), { recursive: true, force: true });
    renameSync(targetDist(target), join(target.dir, 'previous'));
    writeFileSync(join(target.dir, 'previous-stamp'), earlierStamp);
  } else if (target.earlier !== 'update') rmSync(targetDist(target), { recursive: true, force: true });
  mkdirSync(target.dir, { recursive: true });
  await build();
  writeFileSync(stampFile, target.hash);
  return { name: target.name, ms: performance.now() - started, reused: false };
}

/** `astro build` of `contentDir` in a private copy of the project (site-root.ts), rendering `pages` into the target's dist. */
export function astroBuild(
  project: string,
  target: Target,
  contentDir: string,
  pages: 'plans' | 'hub',
  env: Env,
  /**
   * Where it writes, the content cache it keeps (another for a build of other plans), and the most
   * memory in MB its JavaScript heap may take (Node's default when unset).
   */
  {
    outDir = targetDist(target),
    cacheDir = join(target.dir, 'astro-cache'),
    heapMb,
  }: { outDir?: string; cacheDir?: string; heapMb?: number } = {},
): Promise<void> {
  const root = prepareSiteRoot(project, join(target.dir, 'root'));
  return runNode({
    name: target.name,
    args: [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), astroBin(), 'build', '--silent'],
    cwd: root,
    env: {
      ...env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PLANPRESS_PAGES: pages,
      // plan.json names its source relative to the project, not to this copy of it.
      PLANPRESS_PROJECT_DIR: project,
      PLANPRESS_CONTENT_DIR: contentDir,
      PLANPRESS_OUT_DIR: outDir,
      PLANPRESS_CACHE_DIR: cacheDir,
    },
  });
}

/** A script of the project (`scripts/…`) run over `contentDir`, writing into `site`. */
export function projectScript(project: string, name: string, script: string, contentDir: string, site: string, env: Env): Promise<void> {
  return runNode({
    name,
    args: [join(project, script)],
    cwd: project,
    env: { ...env, PLANPRESS_CONTENT_DIR: contentDir, PLANPRESS_OUT_DIR: site },
  });
}
