/**
 * `npm run ingest`: turn every source in content/sources/ (.txt export, .docx, .doc) into content/plans/<plan-id>/
 * (plan.json, the open-data model, and chapters/<nn>.mdx). The only ingest file that touches the disk.
 *
 *   node scripts/ingest.ts [--strict] [--sources DIR] [--out DIR] [--cache DIR | --no-cache]
 *                          [--published DIR] [--publish-with-lost-text]
 *
 * Each plan is read on its own: a broken source is reported with its file name and the others
 * still build. The console shows each plan's warnings counted by code; every warning, with file and
 * line, is written to <out>.warnings.txt. --strict makes warnings and errors fatal (exit 1).
 * A plan whose source lines are missing from the output is not published unless the editor says
 * so (sidecar `publishWithLostText: true`, or --publish-with-lost-text). An id published from one
 * source (--published, default <sources>/../published) is refused to every other.
 *
 * The output folder is the ingest's own: it refuses one holding anything it did not write, writes
 * a new one beside it and swaps it in whole, under a lock (<out>.lock) so two runs never interleave.
 *
 * Defaults: --sources is PLANPRESS_SOURCES_DIR or content/sources; --out is PLANPRESS_CONTENT_DIR
 * or content/plans (where the site build reads); --cache is <PLANPRESS_CACHE_DIR or
 * node_modules/.astro>/planpress-ingest. A plan whose source, sidecar and ingest code are unchanged
 * is taken from the cache, not parsed again; the output is the same bytes either way.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cacheDir, contentDir } from '../src/lib/build-env.ts';
import { acquireLock } from '../src/lib/lock.ts';
import { refuseIdClaims } from './ingest/claim-ids.ts';
import { cacheKey, decodeEntry, encodeEntry, ingestCodeVersion } from './ingest/ingest-cache.ts';
import { ingestPlan, planIdFromFileName, type IngestedPlan, type PlanSource } from './ingest/ingest-plan.ts';
import { refuseOutputFolder } from './ingest/output-folder.ts';
import { refusePublication } from './ingest/publication-gate.ts';
import { readPublishRecord, type PublishRecord } from './ingest/publish-record.ts';
import { readSidecar } from './ingest/read-sidecar.ts';
import { listSourceFiles } from './ingest/source-files.ts';
import { readPlanSource } from './read-plan-source.ts';

const { values: options } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    sources: { type: 'string', default: process.env.PLANPRESS_SOURCES_DIR || 'content/sources' },
    out: { type: 'string', default: contentDir() },
    published: { type: 'string' },
    cache: { type: 'string', default: join(cacheDir(), 'planpress-ingest') },
    'no-cache': { type: 'boolean', default: false },
    'publish-with-lost-text': { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const sourcesDir = resolve(root, options.sources);
const outDir = resolve(root, options.out);
const publishedDir = resolve(root, options.published ?? join(options.sources, '../published'));
/** Every warning with file and line, beside the output folder (ignored by git like the folder itself). */
const reportFile = `${outDir}.warnings.txt`;
const cache = options['no-cache'] ? null : { dir: resolve(root, options.cache), version: codeVersion(), hits: 0 };
const started = performance.now();

// 0. Hold the output folder's lock for the whole run, so that two runs never interleave.
const releaseLock = acquireLock(`${outDir}.lock`);
try {
  run();
} finally {
  releaseLock();
}

function run(): void {
  // 1. Refuse an output folder that is not the ingest's own: replacing it would delete what it holds.
  const refusal = refuseOutputFolder(outDir, [sourcesDir, publishedDir], root, existsSync(outDir) ? listTree(outDir) : []);
  if (refusal) {
    console.error(`error: ${refusal}`);
    process.exitCode = 1;
    return;
  }

  // 2. Read every source and its sidecar, each on its own; an unchanged one from the cache. Other files are reported.
  const listing = listSourceFiles(readdirSync(sourcesDir));
  const records = publishRecords();
  const results = listing.plans.map(({ source, sidecar }) =>
    ingestOne(join(sourcesDir, source), sidecar ? join(sourcesDir, sidecar) : undefined, records),
  );
  const skipped = listing.problems.map(({ file, message }) => ({ file: relative(root, join(sourcesDir, file)), message }));

  // 3. Ids are owned: a published id by its recorded source, an unpublished one by no two sources.
  const claims = results.flatMap((result) => ('plan' in result ? [{ file: result.file, id: result.plan.id }] : []));
  const refused = refuseIdClaims(
    claims,
    new Map([...records.values()].map((record) => [record.id, relative(root, join(sourcesDir, record.source))])),
  );
  for (const result of results) {
    const reason = refused.get(result.file);
    if (reason) Object.assign(result, { error: reason });
  }

  // 4. A plan with source text missing from its output is not published.
  for (const result of results) {
    if (!('plan' in result) || 'error' in result) continue;
    const reason = refusePublication(result.plan, result.file, options['publish-with-lost-text'] || result.allowLostText);
    if (reason) Object.assign(result, { error: reason });
  }

  // 5. Write the generated collections into a new folder and swap it in whole, so a removed source leaves nothing behind.
  const staging = `${outDir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const result of results) {
    if ('error' in result || !('plan' in result)) continue;
    const dir = join(staging, result.plan.id);
    mkdirSync(join(dir, 'chapters'), { recursive: true });
    writeFileSync(join(dir, 'plan.json'), `${JSON.stringify(result.plan, null, 2)}\n`);
    for (const chapter of result.chapters) writeFileSync(join(dir, 'chapters', `${String(chapter.n).padStart(2, '0')}.mdx`), chapter.mdx);
    const { edition } = result;
    if (edition && (edition.retired.length > 0 || edition.changed.length > 0)) {
      writeFileSync(join(dir, 'old-links.json'), `${JSON.stringify({ changed: edition.changed, retired: edition.retired }, null, 2)}\n`);
    }
  }
  swapIn(staging, outDir);

  // 6. Report: per plan what was built and its warnings by code; every warning with file and line goes to the report file.
  let warningCount = 0;
  const details: string[] = [];
  const failures = results.filter((result) => 'error' in result);
  for (const { file, message } of skipped) console.error(`warning ${file}: ${message}`);
  for (const result of results) {
    if ('error' in result) {
      console.error(`error ${result.file}: ${result.error}`);
      continue;
    }
    const { plan } = result;
    const sections = plan.chapters.reduce((sum, chapter) => sum + chapter.sections.length, 0);
    const counts = [
      count(plan.chapters.length, 'chapter'),
      count(sections, 'section'),
      count(plan.tables.length, 'table'),
      count(plan.columns.length, 'column'),
      count(plan.warnings.length, 'warning'),
    ];
    console.log(`${plan.id}: ${counts.join(', ')}`);
    const links = result.edition?.counts;
    if (links && links.changed + links.moved + links.gone + links.added > 0) {
      console.log(
        `  published links: ${links.kept} kept, ${links.changed} reworded, ${links.moved} moved, ${links.gone} gone (a note at each), ${links.added} new passages`,
      );
    }
    if (plan.warnings.length > 0) console.log(`  ${countByCode(plan.warnings)}`);
    details.push(...plan.warnings.map((warning) => `${result.file}:${warning.line}: ${warning.code}: ${warning.message}`));
    warningCount += plan.warnings.length;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (cache)
    console.log(
      `cache: ${cache.hits} of ${count(results.length, 'plan')} unchanged, not parsed again (${relative(root, cache.dir) || '.'}/)`,
    );
  console.log(
    `ingested ${results.length - failures.length} of ${count(results.length, 'plan')} into ${relative(root, outDir)}/ in ${seconds} s; ${count(warningCount, 'warning')}, ${count(failures.length, 'error')}${skipped.length > 0 ? `; ${count(skipped.length, 'file')} not read` : ''}`,
  );
  if (details.length > 0) {
    writeFileSync(reportFile, `${details.join('\n')}\n`);
    console.log(`every warning with its file and line: ${relative(root, reportFile)}`);
  } else rmSync(reportFile, { force: true });
  if (options.strict && (warningCount > 0 || failures.length > 0 || skipped.length > 0)) {
    console.error('--strict: warnings and errors are fatal');
    process.exitCode = 1;
  }
}

/** `14 number-restored, 2 column-label-unusual, 1 metadata-missing`: the most frequent first. */
function countByCode(warnings: readonly { code: string }[]): string {
  const counts = new Map<string, number>();
  for (const { code } of warnings) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([code, n]) => `${n} ${code}`)
    .join(', ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

type Result = ({ file: string; allowLostText: boolean } & IngestedPlan) | { file: string; error: string };

function ingestOne(path: string, sidecarPath: string | undefined, records: ReadonlyMap<string, PublishRecord>): Result {
  const file = relative(root, path);
  try {
    const source = readPlanSource(path, { sidecar: sidecarPath ?? null, root });
    const options = source.sidecar ? readSidecar(source.sidecar.text, source.sidecar.file) : {};
    const record = records.get(options.id ?? planIdFromFileName(file));
    const published = record && record.source === basename(path) ? record : undefined;
    return {
      file,
      allowLostText: options.publishWithLostText === true,
      ...ingestCached({ ...source, published }),
    };
  } catch (error) {
    return { file, error: (error as Error).message };
  }
}

/** The publish records by plan id: which source owns each published id, and what its links showed. */
function publishRecords(): Map<string, PublishRecord> {
  const records = new Map<string, PublishRecord>();
  if (!existsSync(publishedDir)) return records;
  for (const name of readdirSync(publishedDir)
    .filter((entry) => entry.endsWith('.json'))
    .sort()) {
    const record = readPublishRecord(readFileSync(join(publishedDir, name), 'utf8'), relative(root, join(publishedDir, name)));
    records.set(record.id, record);
  }
  return records;
}

/** Every file and folder under `dir`, relative and `/`-separated. */
function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((entry) => entry.split(/[\\/]/u).join('/'));
}

/** Replaces `target` by `staging` whole: the old folder is moved aside before the new one takes its name. */
function swapIn(staging: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
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
