/**
 * The site build after the ingest (`npm run build` = ingest, then this). Up to SHARD_PLANS plans
 * (PLANPRESS_SHARD_PLANS, default 200) the site builds as one: `astro build`, the search index, the
 * whole-plan PDFs. Above that it builds in shards (scripts/build/plan-shards.ts): each shard's plan
 * pages, search index and PDFs by an `astro build` and the search step over its own plans, as many
 * at a time as the machine has cores (PLANPRESS_BUILD_JOBS), after the pages across plans, built
 * alone by one hub build from the plans' outlines; the shards' search indexes merged (scripts/search/merge-index.ts);
 * then `dist/` assembled from them. Each of these keeps its output under the work dir
 * (PLANPRESS_BUILD_DIR) with the hash of its inputs and is reused while they are unchanged, so an
 * edit rebuilds its plan's shard and nothing changed costs seconds. docs/scaling.md has the figures.
 *
 *   node scripts/build-site.ts                  build (what is unchanged is reused)
 *   node scripts/build-site.ts --list-shards    the shards as JSON, for a CI matrix
 *   node scripts/build-site.ts --shard NAME     build one shard only (a CI job); a later full run reuses it
 *
 * PLANPRESS_BUILD_REPORT=<file> writes each step's time and whether it was reused, as JSON.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildWorkDir, contentDir, outDir } from '../src/lib/build-env.ts';
import { pdfAvailable } from '../src/lib/whole-plan-pdf.ts';
import { assembleSite } from './build/assemble-site.ts';
import { astroBuild, buildTarget, previousOutput, projectScript, targetDist, type StepResult, type Target } from './build/build-targets.ts';
import { hashFiles, hashValues } from './build/input-hash.ts';
import { DEFAULT_SHARD_PLANS, planShards, type Shard } from './build/plan-shards.ts';
import { runNode, runPool } from './build/run-command.ts';
import { scanCorpus, type CorpusPlan } from './build/scan-corpus.ts';
import { mergeShardSearch } from './build/search-merge.ts';
import { changedPlans, spliceShard, writeShardInputs } from './build/splice-shard.ts';
import { ASTRO_ASSETS_DIR, planOutputPaths } from './build/shard-outputs.ts';
import { astroBin, SITE_SOURCES } from './build/site-root.ts';

const { values: options } = parseArgs({ options: { 'list-shards': { type: 'boolean' }, shard: { type: 'string' } } });
const started = performance.now();
const project = process.cwd();
const content = resolve(contentDir());
const site = resolve(outDir());
const work = resolve(buildWorkDir());
const shardPlans = Number(process.env.PLANPRESS_SHARD_PLANS || DEFAULT_SHARD_PLANS);
const jobs = Number(process.env.PLANPRESS_BUILD_JOBS || availableParallelism());
const env = process.env;
/** What the last assembly of `dist/` from the steps' outputs wrote (scripts/build/assemble-site.ts). */
const ASSEMBLY_MANIFEST = join(work, 'assembly.json');

/** Everything besides the plans that decides what a build writes: the site's code, the build's settings, the Node that runs it. */
const codeHash = hashValues(
  [process.version, env.PLANPRESS_SITE ?? '', env.PLANPRESS_PREVIEW ?? '', String(pdfAvailable())],
  hashFiles(
    [...SITE_SOURCES, 'package-lock.json', 'scripts/build', 'scripts/site', 'scripts/search', 'scripts/whole-plan-pdf.ts'].map((path) =>
      join(project, path),
    ),
    project,
  ),
).digest('hex');

const hubContent = join(work, 'hub', 'content');
const corpus = scanCorpus(content, hubContent);
const byId = new Map(corpus.map((plan) => [plan.id, plan]));
const shards = corpus.length > shardPlans ? planShards(corpus, shardPlans) : [];

if (options['list-shards']) {
  console.log(JSON.stringify(shards.map((shard) => shard.name)));
  process.exit(0);
}

const steps: StepResult[] = [];
if (options.shard && shards.length === 0)
  throw new Error(`No shard ${options.shard}: ${corpus.length} plans build as one site (shards start past ${shardPlans} plans).`);
if (shards.length === 0) steps.push(...(await buildWhole()));
else if (options.shard) {
  const shard = shards.find((candidate) => candidate.name === options.shard);
  if (!shard) throw new Error(`No shard ${options.shard}: the shards are ${shards.map((candidate) => candidate.name).join(', ')}.`);
  steps.push(await buildShard(shard));
} else steps.push(...(await buildSharded()));

const reused = steps.filter((step) => step.reused).length;
console.log(
  `build: ${corpus.length} plans${shards.length ? ` in ${shards.length} shards` : ''}; ${steps.length - reused} step(s) run, ${reused} reused; ${seconds(performance.now() - started)}`,
);
if (env.PLANPRESS_BUILD_REPORT)
  writeFileSync(env.PLANPRESS_BUILD_REPORT, `${JSON.stringify({ plans: corpus.length, shards: shards.length, steps }, null, 2)}\n`);

/** A site of up to SHARD_PLANS plans: today's three steps in the project itself, skipped together when nothing changed. */
async function buildWhole(): Promise<StepResult[]> {
  const target: Target = { name: 'site', dir: join(work, 'whole'), hash: corpusHash('whole', corpus) };
  const stampFile = join(target.dir, 'stamp');
  const stamp = `${target.hash} ${site}`;
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(site))
    return [{ name: target.name, ms: 0, reused: true }];
  rmSync(stampFile, { force: true });
  // This build writes into the site itself: a later sharded build must assemble it afresh.
  rmSync(ASSEMBLY_MANIFEST, { force: true });
  const timed = async (name: string, run: () => Promise<void>): Promise<StepResult> => {
    const stepStarted = performance.now();
    await run();
    return { name, ms: performance.now() - stepStarted, reused: false };
  };
  const results = [
    await timed('astro', () =>
      runNode({
        name: 'astro',
        args: [astroBin(), 'build'],
        cwd: project,
        env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      }),
    ),
    await timed('search', () => projectScript(project, 'search', 'scripts/search/build-index.ts', content, site, env)),
    await timed('pdf', () => projectScript(project, 'pdf', 'scripts/whole-plan-pdf.ts', content, site, env)),
  ];
  mkdirSync(target.dir, { recursive: true });
  writeFileSync(stampFile, stamp);
  return results;
}

/** The hub alone, then every shard (as many at a time as `jobs`), then the shards' search indexes merged, then `dist/` assembled from them. */
async function buildSharded(): Promise<StepResult[]> {
  const hub: Target = {
    name: 'hub',
    dir: join(work, 'hub'),
    hash: hashValues([codeHash, 'hub', ...corpus.map((plan) => `${plan.id} ${plan.hubHash}`)]).digest('hex'),
  };
  const shardTargets = shards.map(shardTarget);
  // The assembly rewrites the site: a later whole build must not take it for its own.
  rmSync(join(work, 'whole', 'stamp'), { force: true });
  removeStaleShards(shards);
  // The hub alone, first: its memory grows with the corpus (every plan's outline), a shard's does not,
  // so the two side by side would set the build's peak by the corpus's size.
  const heapMb = hubHeapMb(corpus.length);
  const results = [
    await buildTarget(hub, () =>
      astroBuild(project, hub, hubContent, 'hub', env, { heapMb }).catch((error: Error) => {
        throw new Error(`${error.message} Had it run out of memory ("heap limit" above), set PLANPRESS_HUB_HEAP_MB above ${heapMb}.`, {
          cause: error,
        });
      }),
    ),
  ];
  results.push(
    ...(await runPool(
      shards.map((shard) => () => buildShard(shard)),
      jobs,
    )),
  );
  const search: Target = {
    name: 'search',
    dir: join(work, 'search'),
    hash: hashValues([codeHash, 'search', ...shardTargets.map((target) => target.hash)]).digest('hex'),
    earlier: 'update',
  };
  results.push(
    await buildTarget(search, async () => {
      const merge = await mergeShardSearch(
        shards.map((shard, i) => ({
          name: shard.name,
          stamp: shardTargets[i]!.hash,
          dist: targetDist(shardTargets[i]!),
          previous: previousOutput(shardTargets[i]!),
        })),
        targetDist(search),
        join(search.dir, 'merge-state.json'),
      );
      console.log(
        merge.afresh
          ? `[search] ${shards.length} shards' search output merged afresh`
          : `[search] merge updated for ${merge.merged.join(', ')}: ${merge.keys} keys changed`,
      );
    }),
  );
  const assembleStarted = performance.now();
  const assembly = assembleSite(
    site,
    [
      { name: hub.name, hash: hub.hash, dist: targetDist(hub) },
      { name: search.name, hash: search.hash, dist: targetDist(search) },
      ...shards.map((shard, i) => ({
        name: shardTargets[i]!.name,
        hash: shardTargets[i]!.hash,
        dist: targetDist(shardTargets[i]!),
        paths: [ASTRO_ASSETS_DIR, ...shard.planIds.flatMap(planOutputPaths)],
      })),
    ],
    ASSEMBLY_MANIFEST,
  );
  const unchanged = !assembly.afresh && assembly.linked === 0 && assembly.removed === 0;
  console.log(
    `[assemble] ${assembly.files} files in ${site}${assembly.afresh ? ', written afresh' : `: ${assembly.linked} linked, ${assembly.removed} removed`}`,
  );
  return [...results, { name: 'assemble', ms: performance.now() - assembleStarted, reused: unchanged }];
}

/**
 * One shard: its plans copied into its content folder, their pages built, their search index
 * written, their PDFs printed. When only some of its plans changed since its previous output, only
 * those plans' pages are built and spliced into it (scripts/build/splice-shard.ts).
 */
function buildShard(shard: Shard): Promise<StepResult> {
  const target = shardTarget(shard);
  return buildTarget(target, async () => {
    const dist = targetDist(target);
    const inputs = { code: codeHash, plans: Object.fromEntries(shard.planIds.map((id) => [id, byId.get(id)!.hash])) };
    const shardContent = join(target.dir, 'content');
    rmSync(shardContent, { recursive: true, force: true });
    for (const id of shard.planIds) cpSync(join(content, id), join(shardContent, id), { recursive: true });
    const previous = previousOutput(target)?.dist;
    const changed = changedPlans(previous, inputs);
    let printed = shardContent;
    if (previous && changed) {
      printed = join(target.dir, 'content-changed');
      rmSync(printed, { recursive: true, force: true });
      for (const id of changed) cpSync(join(content, id), join(printed, id), { recursive: true });
      const rendered = join(target.dir, 'rendered');
      rmSync(rendered, { recursive: true, force: true });
      await astroBuild(project, target, printed, 'plans', env, { outDir: rendered, cacheDir: join(target.dir, 'astro-cache-changed') });
      spliceShard(previous, rendered, dist, shard.planIds, changed);
      console.log(`[${target.name}] ${changed.length} of ${shard.planIds.length} plans built again, the others kept`);
    } else await astroBuild(project, target, shardContent, 'plans', env);
    await projectScript(project, `${target.name} search`, 'scripts/search/build-index.ts', shardContent, dist, env);
    await projectScript(project, `${target.name} pdf`, 'scripts/whole-plan-pdf.ts', printed, dist, env);
    writeShardInputs(dist, inputs);
  });
}

function shardTarget(shard: Shard): Target {
  return {
    name: `shard ${shard.name}`,
    dir: join(work, 'shards', shard.name),
    earlier: 'keep',
    hash: corpusHash(
      `shard ${shard.name}`,
      shard.planIds.map((id) => byId.get(id)!),
    ),
  };
}

/** A shard of an earlier build that no longer exists (its plans moved or went) is removed, so the work dir does not grow. */
function removeStaleShards(current: readonly Shard[]): void {
  const folder = join(work, 'shards');
  if (!existsSync(folder)) return;
  const names = new Set(current.map((shard) => shard.name));
  for (const name of readdirSync(folder)) if (!names.has(name)) rmSync(join(folder, name), { recursive: true, force: true });
}

/**
 * The hub's JavaScript heap limit: what it holds grows with the corpus (at 10,000 plans it needs
 * more than 500 MB), while V8 left to itself sizes the heap by the machine's memory and collects
 * late: 2.9 GB resident at 10,000 plans, 2.0 GB with 1,000 MB allowed (and faster). This allows
 * 512 MB and 0.1 MB a plan, 1,512 MB at 10,000 plans, unless PLANPRESS_HUB_HEAP_MB says otherwise
 * (for plans far larger than today's, should the hub run out of memory).
 */
function hubHeapMb(plans: number): number {
  return Number(env.PLANPRESS_HUB_HEAP_MB) || 512 + Math.ceil(plans / 10);
}

function corpusHash(step: string, plans: readonly CorpusPlan[]): string {
  return hashValues([codeHash, step, ...plans.map((plan) => `${plan.id} ${plan.hash}`)]).digest('hex');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
