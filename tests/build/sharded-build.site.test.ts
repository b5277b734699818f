/**
 * The five published plans built as one site and in three shards (PLANPRESS_SHARD_PLANS=2) give the
 * same files, byte for byte, but for Pagefind's bundles: one per shard, merged in the browser
 * (tests/search/merge-index.site.test.ts shows the same results in the same order). A second build
 * reuses every step; an edited paragraph rebuilds that plan's pages, its shard's search index and
 * the search merge only, and the site is then the same bytes as a fresh build of the edited plans.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDED_SENTENCE, editPlanInCorpus } from '../../scripts/bench/corpus/edit-paragraph.ts';
import type { StepResult } from '../../scripts/build/build-targets.ts';

mkdirSync('tmp', { recursive: true });
const root = resolve(mkdtempSync(join('tmp', 'sharded-build-')));
const content = join(root, 'content');
const sources = join(root, 'sources');
/** The last build's output, to check what it says it did. */
let log = '';

function ingest(): void {
  const result = spawnSync(process.execPath, ['scripts/ingest.ts', '--sources', sources, '--out', content], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
}

interface Report {
  plans: number;
  shards: number;
  steps: StepResult[];
}

function buildSite(name: string, env: Record<string, string>, args: string[] = []): Report {
  const report = join(root, `${name}-report.json`);
  const result = spawnSync(process.execPath, ['scripts/build-site.ts', ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PLANPRESS_PREVIEW: '1',
      PLANPRESS_NO_PDF: '1',
      PLANPRESS_CONTENT_DIR: content,
      PLANPRESS_OUT_DIR: join(root, name, 'dist'),
      PLANPRESS_CACHE_DIR: join(root, name, 'cache'),
      PLANPRESS_BUILD_REPORT: report,
      ...env,
    },
  });
  if (result.status !== 0) throw new Error(`build-site failed:\n${result.stdout}\n${result.stderr}`);
  log = result.stdout;
  return JSON.parse(readFileSync(report, 'utf8')) as Report;
}

/** Every file under `dir` but those whose relative path `leaveOut` matches, by that path, with its bytes. */
function tree(dir: string, leaveOut: RegExp): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((path) => !leaveOut.test(path));
  return new Map(files.map((path) => [path, readFileSync(join(dir, path))]));
}

const ran = (report: Report) => report.steps.filter((step) => !step.reused).map((step) => step.name);

describe('a sharded build', () => {
  let whole: Report;
  let sharded: Report;

  beforeAll(() => {
    cpSync('content/sources', sources, { recursive: true });
    ingest();
    whole = buildSite('whole', {});
    sharded = buildSite('sharded', { PLANPRESS_SHARD_PLANS: '2' });
  }, 300_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);

  it('builds the five plans as one site up to the shard size, in province shards past it', () => {
    expect(whole).toMatchObject({ plans: 5, shards: 0 });
    expect(sharded).toMatchObject({ plans: 5, shards: 3 });
    expect(ran(sharded)).toEqual(['hub', 'shard tianjin', 'shard xinjiang', 'shard qita', 'search', 'assemble']);
  });

  it('writes the same files, byte for byte, as the whole build, Pagefind’s bundles apart', () => {
    const pagefind = /^search\/pagefind(?:-\d+)?\//u;
    const expected = tree(join(root, 'whole', 'dist'), pagefind);
    const actual = tree(join(root, 'sharded', 'dist'), pagefind);
    expect(expected.size).toBeGreaterThan(300);
    expect([...actual.keys()].filter((path) => !expected.has(path))).toEqual([]);
    expect([...expected.keys()].filter((path) => !actual.has(path))).toEqual([]);
    const differing = [...expected].filter(([path, bytes]) => !actual.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('reuses every step when nothing changed, and after an edited paragraph rebuilds only that plan, its shard’s search and the merge, to the bytes of a fresh build', () => {
    expect(ran(buildSite('sharded', { PLANPRESS_SHARD_PLANS: '2' }))).toEqual([]);

    const edit = editPlanInCorpus(sources, 'zhangye-2026-2030');
    ingest();
    const edited = buildSite('sharded', { PLANPRESS_SHARD_PLANS: '2' });
    expect(ran(edited)).toEqual(['shard tianjin', 'search', 'assemble']);
    expect(log).toContain('[shard tianjin] 1 of 2 plans built again');

    const fresh = join(root, 'fresh', 'dist');
    buildSite('fresh', {});
    const pagefind = /^search\/pagefind(?:-\d+)?\//u;
    const expected = tree(fresh, pagefind);
    const actual = tree(join(root, 'sharded', 'dist'), pagefind);
    expect(readFileSync(join(fresh, 'plans', 'zhangye-2026-2030', String(edit.chapter), 'index.html'), 'utf8')).toContain(ADDED_SENTENCE);
    expect([...actual.keys()].filter((path) => !expected.has(path))).toEqual([]);
    expect([...expected.keys()].filter((path) => !actual.has(path))).toEqual([]);
    expect([...expected].filter(([path, bytes]) => !actual.get(path)?.equals(bytes)).map(([path]) => path)).toEqual([]);
  }, 300_000);

  it('builds each shard as a job of its own, whose outputs a merging job reuses (.github/workflows/site.yml)', () => {
    const listed = spawnSync(process.execPath, ['scripts/build-site.ts', '--list-shards'], {
      encoding: 'utf8',
      env: { ...process.env, PLANPRESS_CONTENT_DIR: content, PLANPRESS_SHARD_PLANS: '2', PLANPRESS_BUILD_DIR: join(root, 'listing') },
    });
    const names = JSON.parse(listed.stdout) as string[];
    expect(names).toEqual(['tianjin', 'xinjiang', 'qita']);
    const merge = join(root, 'merge', 'cache', 'planpress-build', 'shards');
    for (const name of names) {
      const job = buildSite(`job-${name}`, { PLANPRESS_SHARD_PLANS: '2' }, ['--shard', name]);
      expect(ran(job)).toEqual([`shard ${name}`]);
      // What the job uploads, and the merging job downloads: the shard's stamp and output.
      for (const part of ['stamp', 'dist'])
        cpSync(join(root, `job-${name}`, 'cache', 'planpress-build', 'shards', name, part), join(merge, name, part), { recursive: true });
    }
    expect(ran(buildSite('merge', { PLANPRESS_SHARD_PLANS: '2' }))).toEqual(['hub', 'search', 'assemble']);
  }, 300_000);
});
