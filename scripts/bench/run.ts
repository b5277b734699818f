/**
 * `npm run bench`: what the build costs, measured on this machine, never asserted.
 *
 *   node scripts/bench/run.ts [--plans 5,100,1000 | 5,100,1000,3000 | 10000] [--runs N] [--seed 1] [--no-rebuild]
 *                             [--out docs/benchmarks.md] [--json tmp/bench/results.json] [--keep]
 *                             [--in-place] [--no-pdf] [--no-shards]
 *
 * Builds run in a copy of the project taken at the start (tmp/bench-snapshot-<pid>/), so that
 * edits made meanwhile do not land halfway through a build; --in-place builds the tree itself.
 *
 * 1. The ingest of the five real plans, in a fresh process each time: wall time, peak memory, MB/s.
 * 2. For each corpus size: a synthetic corpus (scripts/bench/corpus/) in a temporary folder, then
 *    every step of `npm run build` as package.json says at the time, pointed at that corpus and at
 *    temporary folders by environment (PLANPRESS_SOURCES_DIR, _CONTENT_DIR, _OUT_DIR, _CACHE_DIR),
 *    from empty caches (median of --runs), then once more with nothing changed (the caches warm),
 *    then once more after one paragraph of one plan's source changed. A step that writes the file
 *    named by PLANPRESS_BUILD_REPORT has its parts (shards, hub, merge) recorded too.
 * 3. What the build produced: pages, sizes, the search index, every page kind's largest page
 *    weighed (HTML, CSS, JS, raw and gzip, against its text), and a first query in Chromium.
 * 4. For the largest corpus of at most 1,000 plans, the search index in province shards
 *    (scripts/bench/search-shards.ts): time, memory, size, and a first query merging the shards.
 * 5. The tables and issue 11's targets (done-when.ts), printed, written between the markers of
 *    docs/benchmarks.md, and in the JSON.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestPlan } from '../ingest/ingest-plan.ts';
import { exactQuery } from '../../src/search/tokens.ts';
import { firstQuery, ourEngine, plainPagefind, type Searcher } from '../search/bench/browser-search.ts';
import { phoneQueries } from './phone-query.ts';
import { pageWeight } from '../site/page-weight.ts';
import { serveStatic } from '../site/static-server.ts';
import { buildSteps, parseBuildReport, type BuildStep, type ReportedPart } from './build-steps.ts';
import { editPlanInCorpus } from './corpus/edit-paragraph.ts';
import { doneWhen } from './done-when.ts';
import { readRealPlans, writeCorpus } from './corpus/write-corpus.ts';
import { describeMachine } from './machine.ts';
import { takeSnapshot } from './snapshot.ts';
import { measureCommand } from './measure-process.ts';
import {
  medianRun,
  renderReport,
  writeReport,
  type BuildRun,
  type BenchResults,
  type IngestFigures,
  type ShardExperiment,
  type SizeResult,
  type Weighed,
} from './report.ts';
import type { Shard } from './search-shards.ts';
import { siteFigures } from './site-figures.ts';

const { values: options } = parseArgs({
  options: {
    plans: { type: 'string', default: '5,100,1000' },
    runs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'no-rebuild': { type: 'boolean', default: false },
    out: { type: 'string', default: 'docs/benchmarks.md' },
    json: { type: 'string', default: 'tmp/bench/results.json' },
    keep: { type: 'boolean', default: false },
    queries: { type: 'string', default: '学前教育,鲁班工坊' },
    'phone-queries': { type: 'string', default: '学前教育,鲁班工坊,教' },
    'in-place': { type: 'boolean', default: false },
    'no-shards': { type: 'boolean', default: false },
    'no-pdf': { type: 'boolean', default: false },
  },
});

const project = process.cwd();
const snapshot = options['in-place'] ? null : takeSnapshot(project, `bench-snapshot-${process.pid}`);
/** Where the builds run: the snapshot, or the project itself. */
const root = snapshot?.dir ?? project;
const sizes = options.plans.split(',').map(Number);
if (sizes.some((plans) => !Number.isInteger(plans) || plans < 1))
  throw new Error(`--plans: expected plan counts such as 5,100,1000; got "${options.plans}"`);
const seed = Number(options.seed);
const runsFor = (plans: number) => (options.runs ? Number(options.runs) : plans <= 100 ? 3 : 1);
const work = mkdtempSync(join(tmpdir(), 'planpress-bench-'));
const started = performance.now();
const machine = describeMachine();
const steps = buildSteps((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const log = (line: string) => console.error(`[bench] ${line}`);
log(
  `${snapshot ? `snapshot ${snapshot.revision} in ${snapshot.dir}; ` : ''}${machine.cores} cores, ${(machine.memoryBytes / 1e9).toFixed(1)} GB, Node ${machine.node}; load ${machine.loadAtStart.join(' ')}; build steps: ${steps.map((step) => step.label).join(' → ')}; work folder ${work}`,
);

try {
  // 1. The ingest of the real plans, as `npm run ingest` runs it, without its cache.
  const ingest = await measureIngest();

  // 2–3. Each corpus size through the whole build.
  const results: SizeResult[] = [];
  let shards: ShardExperiment | null = null;
  // Past 1,000 plans the build writes an index per shard itself, and the experiment would cost minutes.
  const shardExperimentAt = Math.max(0, ...sizes.filter((plans) => plans <= 1000));
  for (const plans of sizes) {
    results.push(
      await measureSize(plans, async (dirs, site, build) => {
        // 4. The index in province shards, while the build is still on disk.
        if (plans === shardExperimentAt && !options['no-shards'] && site.searchIndex)
          shards = await measureShards(plans, dirs, site, build);
      }),
    );
  }

  // 5. Report.
  const measured = {
    machine,
    revision: snapshot?.revision ?? 'the working tree, in place',
    seed,
    steps: steps.map((step) => step.command),
    noPdf: options['no-pdf'],
    ingest,
    sizes: results,
    shards,
    loadAtEnd: loadavg(),
    durationMs: performance.now() - started,
  };
  const bench: BenchResults = { ...measured, doneWhen: doneWhen(measured) };
  const markdown = renderReport(bench);
  console.log(markdown);
  writeReport(resolve(project, options.out), markdown);
  mkdirSync(dirname(resolve(project, options.json)), { recursive: true });
  writeFileSync(resolve(project, options.json), `${JSON.stringify(bench, null, 2)}\n`);
  log(`wrote ${options.out} and ${options.json} in ${((performance.now() - started) / 60000).toFixed(1)} min`);
} finally {
  if (!options.keep) {
    rmSync(work, { recursive: true, force: true });
    snapshot?.remove();
  }
}

async function measureIngest(): Promise<IngestFigures> {
  const reals = readRealPlans(join(root, 'content/sources'));
  const sourceBytes = reals.reduce((sum, plan) => sum + plan.txt.length, 0);
  const out = join(work, 'ingest');
  const fresh = [];
  for (let i = 0; i < 5; i++) {
    const run = await measureCommand(`node scripts/ingest.ts --no-cache --sources content/sources --out ${out}`, {
      env: buildEnv({}),
      cwd: root,
    });
    if (run.exitCode !== 0) throw new Error(`ingest failed (exit ${run.exitCode}):\n${run.stderr}`);
    fresh.push(run);
  }
  // The pure ingest of each plan, warm, in this process: the parsing alone, without Node's start.
  const sources = reals.map((plan) => ({
    file: `content/sources/${plan.id}.txt`,
    bytes: plan.txt,
    sidecar: plan.yml === undefined ? undefined : { file: `content/sources/${plan.id}.yml`, text: plan.yml },
  }));
  for (const source of sources) ingestPlan(source);
  const pure = median(
    Array.from({ length: 5 }, () => {
      const at = performance.now();
      for (const source of sources) ingestPlan(source);
      return performance.now() - at;
    }),
  );
  const byWall = [...fresh].sort((a, b) => a.wallMs - b.wallMs);
  const middle = byWall[Math.floor(byWall.length / 2)]!;
  log(`ingest of the ${reals.length} real plans: ${middle.wallMs.toFixed(0)} ms, ${(middle.peakTreeBytes / 1e6).toFixed(0)} MB`);
  return {
    plans: reals.length,
    sourceBytes,
    runs: fresh.length,
    wallMs: middle.wallMs,
    minWallMs: byWall[0]!.wallMs,
    maxWallMs: byWall.at(-1)!.wallMs,
    peakBytes: middle.peakTreeBytes,
    pureMs: pure,
  };
}

type Dirs = ReturnType<typeof buildDirs>;
type Site = ReturnType<typeof siteFigures>;

async function measureSize(plans: number, whileBuilt: (dirs: Dirs, site: Site, build: BuildRun) => Promise<void>): Promise<SizeResult> {
  const corpus = writeCorpus(join(work, `corpus-${plans}`), plans, seed, root);
  const planIds = readdirSync(corpus.dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4));
  log(`${plans} plans: ${(corpus.sourceBytes / 1e6).toFixed(1)} MB of sources`);
  const cold: BuildRun[] = [];
  let dirs = buildDirs(plans, 0);
  for (let run = 0; run < runsFor(plans); run++) {
    if (run > 0) rmSync(dirs.base, { recursive: true, force: true });
    dirs = buildDirs(plans, run);
    const build = await runBuild(corpus.dir, dirs);
    cold.push(build);
    log(
      `${plans} plans, build ${run + 1}: ${(build.wallMs / 1000).toFixed(1)} s, peak ${(build.peakBytes / 1e9).toFixed(2)} GB${build.failed ? `, FAILED at ${build.failed}` : ''}`,
    );
    if (build.failed)
      return { plans, sourceBytes: corpus.sourceBytes, cold, rebuild: null, site: null, weights: [], firstQueries: [], phoneQueries: [] };
  }
  const rebuild = options['no-rebuild'] ? null : await runBuild(corpus.dir, dirs);
  if (rebuild) log(`${plans} plans, rebuild with nothing changed: ${(rebuild.wallMs / 1000).toFixed(1)} s`);
  const oneParagraph = options['no-rebuild'] ? null : await rebuildOneParagraph(corpus.dir, dirs, [...planIds].sort(), medianRun(cold));
  const site = siteFigures(dirs.dist, planIds);
  const weights: Weighed[] = site.kinds.map((kind) => ({ kind, weight: weigh(dirs.dist, kind.largest) }));
  // The engine's whole `search()` fetches every match: minutes past 1,000 plans, where the phone query is the measure.
  const firstQueries = plans <= 1000 ? await measureFirstQueries(dirs.dist, site) : [];
  const phone = site.searchEngine ? await phoneQueries(dirs.dist, options['phone-queries'].split(',')).catch(failedPhoneQueries) : [];
  await whileBuilt(dirs, site, cold.at(-1)!);
  if (!options.keep) rmSync(dirs.base, { recursive: true, force: true });
  return {
    plans,
    sourceBytes: corpus.sourceBytes,
    cold,
    rebuild,
    oneParagraph,
    site: { ...site, kinds: [] },
    weights,
    firstQueries,
    phoneQueries: phone,
  };
}

/** Changes one paragraph of the plan in the middle of the corpus (by id), then builds again over the same output and caches. */
async function rebuildOneParagraph(
  sources: string,
  dirs: Dirs,
  ids: readonly string[],
  cold: BuildRun,
): Promise<SizeResult['oneParagraph']> {
  const edit = editPlanInCorpus(sources, ids[Math.floor(ids.length / 2)]!);
  const run = await runBuild(sources, dirs);
  log(
    `${ids.length} plans, rebuild after one paragraph of ${edit.plan} changed (line ${edit.line}): ${(run.wallMs / 1000).toFixed(1)} s, ${((100 * run.wallMs) / cold.wallMs).toFixed(0)}% of the cold build, peak ${(run.peakBytes / 1e9).toFixed(2)} GB`,
  );
  return { run, edit };
}

function buildDirs(plans: number, run: number) {
  const base = join(work, `build-${plans}-${run}`);
  return { base, content: join(base, 'content'), dist: join(base, 'dist'), cache: join(base, 'cache') };
}

/** Every step of the build in turn, as npm would run it, pointed at the corpus and the build's own folders. */
async function runBuild(sources: string, dirs: ReturnType<typeof buildDirs>): Promise<BuildRun> {
  const env = buildEnv({
    PLANPRESS_SOURCES_DIR: sources,
    PLANPRESS_CONTENT_DIR: dirs.content,
    PLANPRESS_OUT_DIR: dirs.dist,
    PLANPRESS_CACHE_DIR: dirs.cache,
    PLANPRESS_BUILD_REPORT: join(dirs.base, 'build-report.json'),
  });
  const measured = [];
  let failed: string | null = null;
  for (const step of steps) {
    rmSync(env.PLANPRESS_BUILD_REPORT!, { force: true });
    const result = await measureCommand(step.command, { env, cwd: root });
    measured.push(stepResult(step, result, reportedParts(env.PLANPRESS_BUILD_REPORT!)));
    if (result.exitCode !== 0) {
      failed = step.label;
      log(`${step.label} failed (exit ${result.exitCode}):\n${result.stderr.slice(-3000)}${result.stdout.slice(-2000)}`);
      break;
    }
  }
  const wallMs = measured.reduce((sum, step) => sum + step.wallMs, 0);
  return {
    steps: measured,
    wallMs,
    peakBytes: Math.max(...measured.map((step) => step.peakBytes)),
    otherCpuShare: wallMs > 0 ? measured.reduce((sum, step) => sum + (step.otherCpuShare ?? 0) * step.wallMs, 0) / wallMs : null,
    failed,
  };
}

/** The parts the step wrote to PLANPRESS_BUILD_REPORT, if it wrote any; a malformed report is logged, not fatal. */
function reportedParts(file: string): ReportedPart[] | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return parseBuildReport(readFileSync(file, 'utf8'), file);
  } catch (error) {
    log(`build report ignored: ${(error as Error).message}`);
    return undefined;
  } finally {
    rmSync(file, { force: true });
  }
}

function stepResult(step: BuildStep, result: Awaited<ReturnType<typeof measureCommand>>, breakdown: ReportedPart[] | undefined) {
  return {
    label: step.label,
    wallMs: result.wallMs,
    peakBytes: result.peakTreeBytes,
    cpuMs: result.cpuMs,
    otherCpuShare: result.otherCpuShare,
    exitCode: result.exitCode,
    ...(breakdown ? { breakdown } : {}),
  };
}

/** The environment npm gives a script (its binaries first on PATH), Astro's telemetry off, plus `extra`. */
function buildEnv(extra: Record<string, string>): Record<string, string> {
  return {
    PATH: `${join(project, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    PLANPRESS_PREVIEW: '1',
    ...(options['no-pdf'] ? { PLANPRESS_NO_PDF: '1' } : {}),
    ...extra,
  };
}

function weigh(dist: string, path: string) {
  const weight = pageWeight(dist, path);
  const part = (test: (file: string) => boolean) => {
    const files = weight.files.filter((file) => test(file.path));
    return { raw: files.reduce((sum, file) => sum + file.raw, 0), gzip: files.reduce((sum, file) => sum + file.gzip, 0) };
  };
  return {
    html: part((file) => file === weight.files[0]!.path),
    css: part((file) => file.endsWith('.css')),
    js: part((file) => /\.m?js$/u.test(file)),
    raw: weight.raw,
    gzip: weight.gzip,
    text: weight.text,
  };
}

function failedPhoneQueries(error: Error): [] {
  log(`phone-profile queries failed: ${error.message}`);
  return [];
}

/** A search in a fresh browser for each query: the bytes it fetched, when the build wrote a search. */
async function measureFirstQueries(dist: string, site: ReturnType<typeof siteFigures>): Promise<SizeResult['firstQueries']> {
  if (!site.searchEngine && !site.searchIndex) return [];
  const searcher = site.searchEngine ? ourEngine : plainPagefind(site.searchIndex!.path);
  const server = await serveStatic(dist);
  try {
    const out = [];
    for (const query of options.queries.split(',')) {
      try {
        const first = await firstQuery(server.url, searcher, query);
        out.push({
          query,
          engine: site.searchEngine ?? `${site.searchIndex!.path}pagefind.js`,
          results: first.urls.length,
          bytes: first.bytes,
          gzipBytes: first.gzipBytes,
          requests: first.requests,
          ms: first.ms,
        });
      } catch (error) {
        log(`first query "${query}" failed: ${(error as Error).message}`);
      }
    }
    return out;
  } finally {
    await server.close();
  }
}

/** The build's own index against one index per province: building them, and a first page of results. */
async function measureShards(plans: number, dirs: Dirs, site: Site, build: BuildRun): Promise<ShardExperiment> {
  const out = join(work, `shards-${plans}`);
  const built = await measureCommand(`node scripts/bench/search-shards.ts --content ${dirs.content} --out ${out}`, {
    env: buildEnv({}),
    cwd: root,
  });
  if (built.exitCode !== 0) throw new Error(`search-shards failed (exit ${built.exitCode}):\n${built.stderr}`);
  const shards = JSON.parse(readFileSync(join(out, 'shards.json'), 'utf8')) as Shard[];
  writeFileSync(join(out, 'index.html'), '<!doctype html><html lang="zh-CN"><title>shards</title></html>\n');
  const bundles = shards.map((shard) => siteFigures(join(out, shard.key), []));
  log(
    `${plans} plans in ${shards.length} index shards: ${(built.wallMs / 1000).toFixed(1)} s, peak ${(built.peakTreeBytes / 1e9).toFixed(2)} GB`,
  );
  const single = site.searchIndex!;
  const searchStep = build.steps.find((step) => /search/u.test(step.label));
  const queries = [];
  for (const query of options.queries.split(',')) {
    const term = exactQuery(query) ?? query;
    try {
      const one = await withServer(dirs.dist, (origin) => firstQuery(origin, firstPage(single.bundles[0]!, single.bundles.slice(1)), term));
      const merged = await withServer(out, (origin) =>
        firstQuery(
          origin,
          firstPage(
            `/${shards[0]!.key}/`,
            shards.slice(1).map((shard) => `/${shard.key}/`),
          ),
          term,
        ),
      );
      queries.push({ query, single: firstQueryFigures(one), sharded: firstQueryFigures(merged) });
    } catch (error) {
      log(`first page of "${query}" over the shards failed: ${(error as Error).message}`);
    }
  }
  return {
    plans,
    single: {
      bundles: single.bundles.length,
      wallMs: searchStep?.wallMs ?? null,
      peakBytes: searchStep?.peakBytes ?? null,
      bytes: single.bytes,
      files: single.files,
    },
    sharded: {
      shards: shards.length,
      wallMs: built.wallMs,
      peakBytes: built.peakTreeBytes,
      bytes: bundles.reduce((sum, bundle) => sum + bundle.bytes, 0),
      files: bundles.reduce((sum, bundle) => sum + bundle.files, 0),
      largestShardPlans: Math.max(...shards.map((shard) => shard.plans)),
      runtimeBytes: runtimeBytes(join(out, shards[0]!.key)),
    },
    queries,
  };
}

/** Plain Pagefind, as a results page uses it: the primary bundle, the others merged, the first ten results' fragments. */
function firstPage(primary: string, merged: readonly string[]): Searcher {
  return (term) => `import(${JSON.stringify(`${primary}pagefind.js`)}).then(async (pagefind) => {
    await pagefind.options({});
    await Promise.all(${JSON.stringify(merged)}.map((path) => pagefind.mergeIndex(path)));
    const response = await pagefind.search(${JSON.stringify(term)});
    const data = await Promise.all(response.results.slice(0, 10).map((result) => result.data()));
    return [String(response.results.length), ...data.map((fragment) => fragment.raw_url)];
  })`;
}

function firstQueryFigures(first: Awaited<ReturnType<typeof firstQuery>>) {
  return { results: Number(first.urls[0]), bytes: first.bytes, gzipBytes: first.gzipBytes, requests: first.requests, ms: first.ms };
}

async function withServer<T>(dir: string, use: (origin: string) => Promise<T>): Promise<T> {
  const server = await serveStatic(dir);
  try {
    return await use(server.url);
  } finally {
    await server.close();
  }
}

/** Bytes of Pagefind's runtime in a bundle (its JS and WebAssembly), which every shard repeats and a deployment needs once. */
function runtimeBytes(bundle: string): number {
  return readdirSync(bundle)
    .filter((name) => /^pagefind(-worker)?\.js$|^wasm\..*\.pagefind$/u.test(name))
    .reduce((sum, name) => sum + statSync(join(bundle, name)).size, 0);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
