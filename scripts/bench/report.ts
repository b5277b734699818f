/**
 * The benchmark's results as Markdown: the table for each corpus size, the build's steps, the
 * ingest, page weights, the growth curve and the issue's targets. Pure, but for `writeReport`,
 * which puts the generated part between two markers of docs/benchmarks.md and keeps the rest.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gb, kb, mb, minutes, ms, percent, rate, seconds } from './format.ts';
import type { ReportedPart } from './build-steps.ts';
import type { ParagraphEdit } from './corpus/edit-paragraph.ts';
import { doneWhen, doneWhenTable, LIMITS, meetsPhoneTarget, phoneTarget, type Target } from './done-when.ts';
import type { PhoneQuery } from './phone-query.ts';
import type { Machine } from './machine.ts';
import type { PageKind, SiteFigures } from './site-figures.ts';

export interface StepResult {
  readonly label: string;
  readonly wallMs: number;
  readonly peakBytes: number;
  readonly cpuMs: number;
  readonly otherCpuShare: number | null;
  readonly exitCode: number | null;
  /** The step's own account of its parts, when it wrote one to PLANPRESS_BUILD_REPORT. */
  readonly breakdown?: readonly ReportedPart[];
}

export interface BuildRun {
  readonly steps: readonly StepResult[];
  readonly wallMs: number;
  /** The highest of the steps' peaks: the steps run one after another. */
  readonly peakBytes: number;
  readonly otherCpuShare: number | null;
  /** Label of the step that failed, or null. */
  readonly failed: string | null;
}

export interface IngestFigures {
  readonly plans: number;
  readonly sourceBytes: number;
  readonly runs: number;
  /** Median wall time of `node scripts/ingest.ts --no-cache`, a fresh process each run. */
  readonly wallMs: number;
  readonly minWallMs: number;
  readonly maxWallMs: number;
  readonly peakBytes: number;
  /** Median in-process time of the pure ingest of all plans, warm. */
  readonly pureMs: number;
}

export interface Weight {
  readonly html: { raw: number; gzip: number };
  readonly css: { raw: number; gzip: number };
  readonly js: { raw: number; gzip: number };
  readonly raw: number;
  readonly gzip: number;
  /** UTF-8 bytes of the page's visible text. */
  readonly text: number;
}

export interface Weighed {
  readonly kind: PageKind;
  readonly weight: Weight;
}

export interface FirstQueryFigures {
  readonly query: string;
  readonly engine: string;
  readonly results: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly requests: number;
  readonly ms: number;
}

export interface SizeResult {
  readonly plans: number;
  readonly sourceBytes: number;
  /** Builds from empty caches, one per run. */
  readonly cold: readonly BuildRun[];
  /** A build again with nothing changed, the caches of the last cold build kept. */
  readonly rebuild: BuildRun | null;
  /** Then a build after one paragraph of one plan's source changed (scripts/bench/corpus/edit-paragraph.ts); absent in older results. */
  readonly oneParagraph?: { readonly run: BuildRun; readonly edit: ParagraphEdit & { readonly plan: string } } | null;
  readonly site: SiteFigures | null;
  readonly weights: readonly Weighed[];
  readonly firstQueries: readonly FirstQueryFigures[];
  /** The first page of results under a phone profile (scripts/bench/phone-query.ts); absent in results of older runs. */
  readonly phoneQueries?: readonly PhoneQuery[];
}

/** What a first page of results fetched, for one query. */
export interface FirstPageFigures {
  /** Matching records Pagefind found. */
  readonly results: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly requests: number;
  readonly ms: number;
}

/** The build's single search index against one index per province (scripts/bench/search-shards.ts). */
export interface ShardExperiment {
  readonly plans: number;
  /** The index as the build writes it: one bundle, or several when the build shards it by size. */
  readonly single: {
    readonly bundles: number;
    readonly wallMs: number | null;
    readonly peakBytes: number | null;
    readonly bytes: number;
    readonly files: number;
  };
  readonly sharded: {
    readonly shards: number;
    readonly wallMs: number;
    readonly peakBytes: number;
    readonly bytes: number;
    readonly files: number;
    readonly largestShardPlans: number;
    /** Pagefind's JS and WebAssembly, repeated in each shard. */
    readonly runtimeBytes: number;
  };
  readonly queries: ReadonlyArray<{ readonly query: string; readonly single: FirstPageFigures; readonly sharded: FirstPageFigures }>;
}

export interface BenchResults {
  readonly machine: Machine;
  /** What was built: the commit, and whether uncommitted changes were on top. */
  readonly revision: string;
  readonly seed: number;
  /** The build's commands, from package.json. */
  readonly steps: readonly string[];
  /** The builds ran with PLANPRESS_NO_PDF=1 (`--no-pdf`). */
  readonly noPdf?: boolean;
  readonly ingest: IngestFigures;
  readonly sizes: readonly SizeResult[];
  readonly shards: ShardExperiment | null;
  readonly loadAtEnd: readonly number[];
  readonly durationMs: number;
  /** Issue 11's targets judged against this run (done-when.ts); absent in older results. */
  readonly doneWhen?: readonly Target[];
}

export const START_MARKER = '<!-- bench:start (generated by npm run bench; edits between the markers are overwritten) -->';
export const END_MARKER = '<!-- bench:end -->';

/** The cold build of median wall time. */
export function medianRun(runs: readonly BuildRun[]): BuildRun {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export function renderReport(results: BenchResults): string {
  const { machine } = results;
  const sizes = results.sizes.filter((size) => size.site !== null);
  const out: string[] = [];
  out.push(
    `Run ${machine.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cores} cores (${machine.cpu}), ${gb(machine.memoryBytes)} of memory, ${machine.os}, Node ${machine.node}; corpus seed ${results.seed}; ${minutes(results.durationMs)} in all.`,
  );
  out.push('');
  const others = sizes
    .flatMap((size) => size.cold)
    .map((run) => run.otherCpuShare)
    .filter((share): share is number => share !== null);
  out.push(
    `How quiet the machine was: load average ${machine.loadAtStart.join(' / ')} (1 / 5 / 15 min) at the start, ${results.loadAtEnd.map((value) => value.toFixed(2)).join(' / ')} at the end; ` +
      `during the builds, other processes used ${others.length ? `${percent(Math.min(...others))}–${percent(Math.max(...others))}` : 'an unknown share'} of the machine's CPU time (all cores).`,
  );
  out.push('');
  out.push(`Project: ${results.revision}.`);
  out.push('');
  out.push(
    `Build steps, from package.json at the time of the run: ${results.steps.map((step) => `\`${step}\``).join(' → ')}${results.noPdf ? ', with `PLANPRESS_NO_PDF=1` (no whole-plan PDFs)' : ''}.`,
  );
  out.push('');

  out.push('### The table');
  out.push('');
  out.push(
    '| plans | source | pages (HTML) | files | build | time per page | time per plan | peak memory | `dist/` | search index | first query |',
  );
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const run = medianRun(size.cold);
    const site = size.site!;
    const query = size.firstQueries[0];
    out.push(
      `| ${size.plans} | ${mb(size.sourceBytes)} | ${site.pages} | ${site.files} | ${seconds(run.wallMs)}${spread(size.cold)} | ${ms(run.wallMs / site.pages)} | ${ms(run.wallMs / size.plans)} | ${gb(run.peakBytes)} | ${mb(site.bytes)} | ${site.searchIndex ? `${mb(site.searchIndex.bytes)} (${site.searchIndex.files} files${site.searchIndex.bundles.length > 1 ? `, ${site.searchIndex.bundles.length} shards` : ''})` : '—'} | ${query ? `${kb(query.gzipBytes)} gzip, ${kb(query.bytes)} raw` : '—'} |`,
    );
  }
  out.push('');
  out.push(
    'Build: wall time of all steps, from empty caches, median of the runs (min–max when more than one). Time per page: build time ÷ HTML pages. Peak memory: the highest sum of resident memory over the whole process tree of any step, sampled every 50 ms from /proc. Sizes in decimal units (1 MB = 10⁶ bytes). First query: bytes a fresh browser fetched for the first search of the site, the query being the first of the list below.',
  );
  out.push('');

  out.push('### Each step');
  out.push('');
  out.push(
    '| plans | build | ' +
      [...new Set(sizes.flatMap((size) => medianRun(size.cold).steps.map((step) => step.label)))]
        .map((label) => `\`${label}\``)
        .join(' | ') +
      ' |',
  );
  const labels = [...new Set(sizes.flatMap((size) => medianRun(size.cold).steps.map((step) => step.label)))];
  out.push(`| ---: | --- |${labels.map(() => ' ---: |').join('')}`);
  for (const size of sizes) {
    const rows: Array<[string, BuildRun | null]> = [
      ['from empty caches', medianRun(size.cold)],
      ['again, nothing changed', size.rebuild],
      ['one paragraph changed', size.oneParagraph?.run ?? null],
    ];
    for (const [name, run] of rows) {
      if (!run) continue;
      out.push(
        `| ${size.plans} | ${name} |${labels
          .map((label) => {
            const step = run.steps.find((candidate) => candidate.label === label);
            return step ? ` ${seconds(step.wallMs)}, ${gb(step.peakBytes)} |` : ' — |';
          })
          .join('')}`,
      );
    }
  }
  out.push('');
  out.push(
    'Each cell: wall time, peak memory of the step\'s process tree. "Again, nothing changed": the same build run a second time over its own output and caches, as an editor rebuilds after changing nothing. "One paragraph changed": then once more after one paragraph of one plan\'s source changed (below).',
  );
  out.push('');
  out.push(...incrementalSection(sizes));
  out.push(...breakdownSection(sizes));

  out.push('### Ingest');
  out.push('');
  const ingest = results.ingest;
  out.push('| plans | source | `scripts/ingest.ts` (fresh process, no cache) | peak memory | MB/s | parsing alone (in process, warm) |');
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: |');
  out.push(
    `| ${ingest.plans} (real) | ${mb(ingest.sourceBytes)} | ${ms(ingest.wallMs)} (${ms(ingest.minWallMs)}–${ms(ingest.maxWallMs)}, ${ingest.runs} runs) | ${gb(ingest.peakBytes)} | ${rate(ingest.sourceBytes, ingest.wallMs)} | ${ms(ingest.pureMs)}, ${rate(ingest.sourceBytes, ingest.pureMs)} |`,
  );
  out.push('');
  out.push('| plans | ingest step of the build, empty cache | MB/s | again, every plan from the cache | MB/s |');
  out.push('| ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const cold = medianRun(size.cold).steps.find((step) => step.label === 'scripts/ingest.ts');
    const warm = size.rebuild?.steps.find((step) => step.label === 'scripts/ingest.ts');
    if (!cold) continue;
    out.push(
      `| ${size.plans} | ${ms(cold.wallMs)}, ${gb(cold.peakBytes)} | ${rate(size.sourceBytes, cold.wallMs)} | ${warm ? `${ms(warm.wallMs)}, ${gb(warm.peakBytes)}` : '—'} | ${warm ? rate(size.sourceBytes, warm.wallMs) : '—'} |`,
    );
  }
  out.push('');

  out.push('### Page weight');
  out.push('');
  out.push(
    'The largest page of every kind (by HTML bytes): the HTML and every stylesheet and script it loads, raw / gzip (zlib level 6), against the UTF-8 bytes of the text a reader sees on it.',
  );
  out.push('');
  out.push('| plans | kind | pages | largest | HTML | CSS | JS | total | text | total ÷ text (raw / gzip) | ≤ 100 KB gzip |');
  out.push('| ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const size of sizes) {
    for (const { kind, weight } of size.weights) {
      out.push(
        `| ${size.plans} | \`${kind.pattern}\` | ${kind.pages} | \`${kind.largest}\` | ${pair(weight.html)} | ${pair(weight.css)} | ${pair(weight.js)} | ${pair({ raw: weight.raw, gzip: weight.gzip })} | ${kb(weight.text)} | ${(weight.raw / weight.text).toFixed(2)} / ${(weight.gzip / weight.text).toFixed(2)} | ${weight.gzip <= LIMITS.pageGzipBytes ? 'yes' : '**no**'} |`,
      );
    }
  }
  out.push('');

  const queried = sizes.filter((size) => size.firstQueries.length > 0);
  if (queried.length > 0) {
    out.push('### First query');
    out.push('');
    out.push(
      "A fresh browser (empty cache) opens `/`, then runs one search through the site's engine; every response counted, text files gzipped as a CDN serves them. Up to 1,000 plans only: `search()` fetches every match.",
    );
    out.push('');
    out.push('| plans | query | engine | results | requests | fetched (gzip / raw) | time |');
    out.push('| ---: | --- | --- | ---: | ---: | ---: | ---: |');
    for (const size of queried) {
      for (const query of size.firstQueries)
        out.push(
          `| ${size.plans} | ${query.query} | \`${query.engine}\` | ${query.results} | ${query.requests} | ${kb(query.gzipBytes)} / ${kb(query.bytes)} | ${ms(query.ms)} |`,
        );
    }
    out.push('');
  }

  // Results written before the two ways were measured (one `ms` from a blank page) are left out.
  const phoned = sizes.filter((size) => size.phoneQueries?.some((query) => query.onPage));
  if (phoned.length > 0) {
    out.push('### First query on a phone');
    out.push('');
    out.push(
      'A fresh Chromium per query under a phone profile (slow 4G: 562.5 ms round trip, 1.44 Mbit/s down; CPU 4× slower). "On a page": the site\'s home page loaded (and the modules it then fetches), the query typed into the header box (one input event, as an input method commits a word), to the first results in its list. "From a blank page", the worst case: nothing of the search loaded, the engine imported and asked for its first page (`searchPages`, 10 results). Bytes on the wire, text gzipped as a CDN sends it, fetched from the query on.',
    );
    out.push('');
    out.push(
      '| plans | query | on a page: time | transferred | requests | listed | blank page: time | transferred | requests | first page of | target (issue 11) | met |',
    );
    out.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const size of phoned) {
      for (const { query, onPage, blank } of size.phoneQueries!) {
        const limit = phoneTarget(size.plans);
        const met = limit ? (meetsPhoneTarget(onPage, limit) ? 'yes' : '**no**') : '—';
        out.push(
          `| ${size.plans} | ${query} | ${seconds(onPage.ms)} | ${kb(onPage.transferred)} | ${onPage.requests} | ${onPage.shown} | ${seconds(blank.ms)} | ${kb(blank.transferred)} | ${blank.requests} | ${blank.shown} of ${blank.done ? '' : '≈ '}${blank.total} | ${limit?.text ?? '—'} | ${met} |`,
        );
      }
    }
    out.push('');
    out.push(
      "The issue states targets at 1,000 plans (≤ 2 s and ≤ 300 KB) and at 5 (≤ 150 KB); they are judged on a page, where a reader asks. A page fetches the box's module and the engine once it has loaded, so the query pays its index files' round trips alone; from a blank page it pays the engine's too.",
    );
    out.push('');
  }

  if (results.shards) out.push(...shardSection(results.shards));

  out.push('### Growth');
  out.push('');
  out.push(
    '| plans | pages | build | time per plan | time per page | each added page (from the row above) | CPU used by other processes meanwhile |',
  );
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const widest = Math.max(...sizes.map((size) => medianRun(size.cold).wallMs / size.plans));
  sizes.forEach((size, i) => {
    const run = medianRun(size.cold);
    const previous = sizes[i - 1];
    const marginal = previous ? (run.wallMs - medianRun(previous.cold).wallMs) / (size.site!.pages - previous.site!.pages) : null;
    out.push(
      `| ${size.plans} | ${size.site!.pages} | ${seconds(run.wallMs)} | ${ms(run.wallMs / size.plans)} ${bar(run.wallMs / size.plans, widest)} | ${ms(run.wallMs / size.site!.pages)} | ${marginal === null ? '—' : ms(marginal)} | ${run.otherCpuShare === null ? '—' : percent(run.otherCpuShare)} |`,
    );
  });
  out.push('');
  out.push(
    '"Each added page" is the slope between two sizes: the build time the added pages cost, without the fixed start-up that dominates small builds. A step quadratic in plans or pages shows as a slope that grows with the size.',
  );
  out.push('');

  out.push('### Done when (issue 11)');
  out.push('');
  out.push(...doneWhenTable(results.doneWhen ?? doneWhen(results)));
  out.push('');
  out.push(
    '"—": this run did not measure it. Build times are the cold build (median of the runs); peak memory is the whole process tree\'s, every parallel shard included.',
  );
  out.push('');

  out.push('### Targets (issue 6)');
  out.push('');
  out.push(...targets(sizes));
  out.push('');
  return out.join('\n');
}

function incrementalSection(sizes: readonly SizeResult[]): string[] {
  const rebuilt = sizes.filter((size) => size.rebuild || size.oneParagraph);
  if (rebuilt.length === 0) return [];
  const out = ['### Incremental rebuilds', ''];
  out.push(
    "After the cold build, the same build again over its own output and caches: first with nothing changed, then after one paragraph of one plan's source was changed (a sentence added at the end of a body paragraph, scripts/bench/corpus/edit-paragraph.ts; the plan still ingests with the same warnings). Targets at 1,000 plans: nothing changed ≤ 10 s, one paragraph ≤ 10% of the cold build.",
  );
  out.push('');
  out.push('| plans | cold build | nothing changed | ÷ cold | one paragraph changed | ÷ cold | the paragraph |');
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const size of rebuilt) {
    const cold = medianRun(size.cold);
    const cell = (run: BuildRun | null | undefined) =>
      run
        ? [
            `${seconds(run.wallMs)}, ${gb(run.peakBytes)}${run.failed ? `, failed at ${run.failed}` : ''}`,
            percent(run.wallMs / cold.wallMs),
          ]
        : ['—', '—'];
    const edit = size.oneParagraph?.edit;
    out.push(
      `| ${size.plans} | ${seconds(cold.wallMs)}, ${gb(cold.peakBytes)} | ${cell(size.rebuild).join(' | ')} | ${cell(size.oneParagraph?.run).join(' | ')} | ${edit ? `\`${edit.plan}\` line ${edit.line} (chapter ${edit.chapter}, #${edit.anchor})` : '—'} |`,
    );
  }
  out.push('');
  out.push("Each cell: wall time of all steps, peak memory of any step's process tree.");
  out.push('');
  return out;
}

/** The parts each step reported (PLANPRESS_BUILD_REPORT), side by side for the cold build and the rebuilds. */
function breakdownSection(sizes: readonly SizeResult[]): string[] {
  const reported = sizes.filter((size) => medianRun(size.cold).steps.some((step) => step.breakdown?.length));
  if (reported.length === 0) return [];
  const out = ['### Inside the build', ''];
  out.push(
    'The parts of each step as the build reports them in the file named by `PLANPRESS_BUILD_REPORT` (shards, hub, merge): milliseconds, and "reused" when a part\'s inputs were unchanged and its output kept.',
  );
  out.push('');
  for (const size of reported) {
    const runs: Array<[string, BuildRun | null | undefined]> = [
      ['cold', medianRun(size.cold)],
      ['nothing changed', size.rebuild],
      ['one paragraph changed', size.oneParagraph?.run],
    ];
    const present = runs.filter((entry): entry is [string, BuildRun] => Boolean(entry[1]));
    for (const step of medianRun(size.cold).steps.filter((candidate) => candidate.breakdown?.length)) {
      out.push(`${size.plans} plans, \`${step.label}\`:`);
      out.push('');
      out.push(`| part | ${present.map(([name]) => name).join(' | ')} |`);
      out.push(`| --- |${present.map(() => ' ---: |').join('')}`);
      const names = [
        ...new Set(
          present.flatMap(([, run]) => run.steps.find((other) => other.label === step.label)?.breakdown?.map((part) => part.name) ?? []),
        ),
      ];
      for (const name of names) {
        const cells = present.map(([, run]) => {
          const part = run.steps.find((other) => other.label === step.label)?.breakdown?.find((candidate) => candidate.name === name);
          return part ? `${ms(part.ms)}${part.reused ? ' (reused)' : ''}` : '—';
        });
        out.push(`| ${name} | ${cells.join(' | ')} |`);
      }
      out.push('');
    }
  }
  return out;
}

function shardSection(experiment: ShardExperiment): string[] {
  const { single, sharded } = experiment;
  const out = ['### The search index in province shards', ''];
  out.push(
    `The same ${experiment.plans} plans' search records, indexed by the site's own writer (scripts/search/write-index.ts) as the build does, and once per province, one index after another (scripts/bench/search-shards.ts), as docs/scaling.md proposes. A first page of results: plain Pagefind in a fresh browser, the query as the site's engine sends it (one word per character), the other bundles merged with \`mergeIndex\`, the first ten results' fragments loaded.`,
  );
  out.push('');
  out.push('| index | bundles | build | peak memory | size (files) |');
  out.push('| --- | ---: | ---: | ---: | ---: |');
  out.push(
    `| as the build writes it | ${single.bundles} | ${single.wallMs === null ? '—' : seconds(single.wallMs)} | ${single.peakBytes === null ? '—' : gb(single.peakBytes)} | ${mb(single.bytes)} (${single.files}) |`,
  );
  out.push(
    `| one per province | ${sharded.shards} (largest ${sharded.largestShardPlans} plans) | ${seconds(sharded.wallMs)} | ${gb(sharded.peakBytes)} | ${mb(sharded.bytes)} (${sharded.files}), of which ${mb(sharded.runtimeBytes * sharded.shards)} is Pagefind's runtime repeated in every shard |`,
  );
  out.push('');
  out.push(
    '| query | results | first page, as the build writes the index (gzip / raw, requests, time) | first page, province shards merged |',
  );
  out.push('| --- | ---: | ---: | ---: |');
  for (const { query, single: one, sharded: merged } of experiment.queries) {
    const cell = (figures: FirstPageFigures) => `${kb(figures.gzipBytes)} / ${kb(figures.bytes)}, ${figures.requests}, ${ms(figures.ms)}`;
    out.push(
      `| ${query} | ${one.results}${merged.results === one.results ? '' : ` (shards: ${merged.results})`} | ${cell(one)} | ${cell(merged)} |`,
    );
  }
  out.push('');
  return out;
}

function targets(sizes: readonly SizeResult[]): string[] {
  const find = (plans: number) => sizes.find((size) => size.plans === plans);
  const small = find(5);
  const large = find(1000);
  if (!small || !large) return ['Run with `--plans 5,100,1000` to check the targets.'];
  const [a, b] = [medianRun(small.cold), medianRun(large.cold)];
  const perPage = (run: BuildRun, size: SizeResult) => run.wallMs / size.site!.pages;
  const ratio = perPage(b, large) / perPage(a, small);
  const peak = Math.max(...sizes.map((size) => medianRun(size.cold).peakBytes));
  const check = (ok: boolean) => (ok ? 'met' : '**not met**');
  return [
    `- 1,000 plans (${large.site!.pages} pages) built in at most 5 minutes: ${seconds(b.wallMs)}, ${check(b.wallMs <= 300_000)}.`,
    `- Time per page at 1,000 plans at most 1.5× the time per page at 5: ${ms(perPage(b, large))} against ${ms(perPage(a, small))}, ${ratio.toFixed(2)}×, ${check(ratio <= 1.5)}.`,
    `- Peak memory under 4 GB: ${gb(peak)} at most, ${check(peak < 4e9)}.`,
    `- An unchanged source is not re-parsed: the ingest's cache (scripts/ingest/ingest-cache.ts); see "again, every plan from the cache" above.`,
  ];
}

/** Writes `generated` between the markers of `file`, keeping what stands around them; creates the file when missing. */
export function writeReport(file: string, generated: string): void {
  const block = `${START_MARKER}\n\n${generated.trim()}\n\n${END_MARKER}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nWritten by `npm run bench` (scripts/bench/run.ts).\n\n';
  const start = current.indexOf(START_MARKER);
  const end = current.indexOf(END_MARKER);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${block}${current.slice(end + END_MARKER.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

function spread(runs: readonly BuildRun[]): string {
  if (runs.length < 2) return '';
  const walls = runs.map((run) => run.wallMs);
  return ` (${seconds(Math.min(...walls))}–${seconds(Math.max(...walls))})`;
}

function bar(value: number, widest: number): string {
  return '█'.repeat(Math.max(1, Math.round((value / widest) * 20)));
}

const pair = ({ raw, gzip }: { raw: number; gzip: number }) => (raw === 0 ? '—' : `${kb(raw)} / ${kb(gzip)}`);
