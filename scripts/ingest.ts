/**
 * `npm run ingest`: turn every source in content/sources/ (.txt export, .docx, .doc) into content/plans/<plan-id>/
 * (plan.json, the open-data model, and chapters/<nn>.mdx). The only ingest file that touches the disk.
 *
 *   node scripts/ingest.ts [--strict] [--sources DIR] [--out DIR] [--cache DIR | --no-cache]
 *
 * Each plan is read on its own: a broken source is reported with its file name and the others
 * still build. Warnings name file and line; --strict makes warnings and errors fatal (exit 1).
 *
 * Defaults: --sources is PLANPRESS_SOURCES_DIR or content/sources; --out is PLANPRESS_CONTENT_DIR
 * or content/plans (where the site build reads); --cache is <PLANPRESS_CACHE_DIR or
 * node_modules/.astro>/planpress-ingest. A plan whose source, sidecar and ingest code are unchanged
 * is taken from the cache, not parsed again; the output is the same bytes either way.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cacheDir, contentDir } from '../src/lib/build-env.ts';
import { cacheKey, decodeEntry, encodeEntry, ingestCodeVersion } from './ingest/ingest-cache.ts';
import { sourceFormat, unreadableSourceMessage } from './ingest/docx/source-format.ts';
import { ingestPlan, type IngestedPlan, type PlanSource } from './ingest/ingest-plan.ts';

const { values: options } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    sources: { type: 'string', default: process.env.PLANPRESS_SOURCES_DIR || 'content/sources' },
    out: { type: 'string', default: contentDir() },
    cache: { type: 'string', default: join(cacheDir(), 'planpress-ingest') },
    'no-cache': { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const sourcesDir = resolve(root, options.sources);
const outDir = resolve(root, options.out);
const cache = options['no-cache'] ? null : { dir: resolve(root, options.cache), version: codeVersion(), hits: 0 };
const started = performance.now();

// 1. Read every source and its sidecar, each on its own; an unchanged one from the cache.
const results = readdirSync(sourcesDir)
  .filter((name) => sourceFormat(name) !== null || unreadableSourceMessage(name) !== null)
  .sort()
  .map((name) => ingestOne(join(sourcesDir, name)));

// 2. Refuse two plans with one id: the second would overwrite the first's pages.
const seen = new Map<string, string>();
for (const result of results) {
  if (!('plan' in result)) continue;
  const other = seen.get(result.plan.id);
  if (other) Object.assign(result, { error: `plan id "${result.plan.id}" is already used by ${other}; set another "id" in the sidecar` });
  else seen.set(result.plan.id, result.file);
}

// 3. Write the generated collections afresh, so a removed source leaves nothing behind.
rmSync(outDir, { recursive: true, force: true });
for (const result of results) {
  if ('error' in result || !('plan' in result)) continue;
  const dir = join(outDir, result.plan.id);
  mkdirSync(join(dir, 'chapters'), { recursive: true });
  writeFileSync(join(dir, 'plan.json'), `${JSON.stringify(result.plan, null, 2)}\n`);
  for (const chapter of result.chapters) writeFileSync(join(dir, 'chapters', `${String(chapter.n).padStart(2, '0')}.mdx`), chapter.mdx);
}

// 4. Report: per plan what was built and every warning with file and line.
let warningCount = 0;
const failures = results.filter((result) => 'error' in result);
for (const result of results) {
  if ('error' in result) {
    console.error(`error ${result.file}: ${result.error}`);
    continue;
  }
  const { plan } = result;
  const sections = plan.chapters.reduce((sum, chapter) => sum + chapter.sections.length, 0);
  const counts = [count(plan.chapters.length, 'chapter'), count(sections, 'section'), count(plan.tables.length, 'table'), count(plan.columns.length, 'column'), count(plan.warnings.length, 'warning')];
  console.log(`${plan.id}: ${counts.join(', ')}`);
  for (const warning of plan.warnings) console.log(`  ${result.file}:${warning.line}: ${warning.code}: ${warning.message}`);
  warningCount += plan.warnings.length;
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (cache) console.log(`cache: ${cache.hits} of ${count(results.length, 'plan')} unchanged, not parsed again (${relative(root, cache.dir) || '.'}/)`);
console.log(`ingested ${results.length - failures.length} of ${count(results.length, 'plan')} into ${relative(root, outDir)}/ in ${seconds} s; ${count(warningCount, 'warning')}, ${count(failures.length, 'error')}`);
if (options.strict && (warningCount > 0 || failures.length > 0)) {
  console.error('--strict: warnings and errors are fatal');
  process.exitCode = 1;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

type Result = ({ file: string } & IngestedPlan) | { file: string; error: string };

function ingestOne(path: string): Result {
  const file = relative(root, path);
  const sidecarPath = path.replace(/\.[^.]+$/u, '.yml');
  const unreadable = unreadableSourceMessage(path);
  if (unreadable) return { file, error: unreadable };
  try {
    const sidecar = existsSync(sidecarPath) ? { file: relative(root, sidecarPath), text: readFileSync(sidecarPath, 'utf8') } : undefined;
    return { file, ...ingestCached({ file, bytes: readFileSync(path), sidecar }) };
  } catch (error) {
    return { file, error: (error as Error).message };
  }
}

/** The plan from the cache when its entry is there and whole, else parsed and stored. Errors are never cached. */
function ingestCached(source: PlanSource): IngestedPlan {
  if (!cache) return ingestPlan(source);
  const key = cacheKey(cache.version, source);
  const entryPath = join(cache.dir, `${key}.json`);
  const cached = existsSync(entryPath) ? decodeEntry(key, readFileSync(entryPath, 'utf8')) : null;
  if (cached) {
    cache.hits++;
    return cached;
  }
  const result = ingestPlan(source);
  try {
    // Written aside and renamed, so that a concurrent run never reads half an entry.
    mkdirSync(cache.dir, { recursive: true });
    const temporary = `${entryPath}.${process.pid}.tmp`;
    writeFileSync(temporary, encodeEntry(key, result));
    renameSync(temporary, entryPath);
  } catch (error) {
    console.error(`warning: cannot write the ingest cache in ${relative(root, cache.dir)}: ${(error as Error).message}`);
  }
  return result;
}

/** The ingest code's version: its modules as they are on disk, the installed packages, this Node. */
function codeVersion(): string {
  const project = fileURLToPath(new URL('..', import.meta.url));
  const lock = join(project, 'package-lock.json');
  return ingestCodeVersion((path) => readFileSync(join(project, path), 'utf8'), undefined, [
    process.version,
    existsSync(lock) ? readFileSync(lock, 'utf8') : '',
  ]);
}
