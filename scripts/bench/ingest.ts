/**
 * `npm run bench:ingest`: how long the ingest takes, measured, never asserted.
 *
 *   node scripts/bench/ingest.ts [--runs N]
 *
 * Reports the wall time of the whole `npm run ingest` command (a fresh Node process reading
 * content/sources and writing a temporary output folder) as the median of N runs, the in-process
 * time of each plan's pure ingest, median of N, that of the plans-dev 纲要 (../shared/plans-dev/)
 * when it is beside the project, and very long plans (that plan repeated up to 200,000 lines),
 * whose time per line must stay flat: no step may be quadratic in the number of lines. Then a
 * generated Word document of about 300 pages (`--docx-pages`): the ingest command on it alone
 * (wall time and peak memory of the process), and its pure ingest, median of N.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestPlan } from '../ingest/ingest-plan.ts';
import { CHARACTERS_PER_PAGE, makeLargeDocx } from './corpus/large-docx.ts';
import { measureCommand } from './measure-process.ts';
import { readPlanSource } from '../read-plan-source.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'long-runs': { type: 'string', default: '3' },
    'docx-pages': { type: 'string', default: '300' },
  },
});
const runs = Number(values.runs);
const sourcesDir = 'content/sources';

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

// 1. The command a web editor runs, end to end, in a fresh process each time.
const out = mkdtempSync(join(tmpdir(), 'planpress-bench-'));
const wall: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/ingest.ts', '--out', out], { stdio: 'ignore' });
  wall.push(performance.now() - started);
}
rmSync(out, { recursive: true, force: true });

// 2. Each plan's pure ingest, warm, in this process.
const names = readdirSync(sourcesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const perPlan = names.map((name) => timeIngest(name, readPlanSource(join(sourcesDir, name)), runs));

const totalKb = perPlan.reduce((sum, plan) => sum + plan.kb, 0);
console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${runs} runs each`);
console.log(
  `node scripts/ingest.ts, as npm run ingest runs it (fresh process, ${names.length} plans, ${totalKb.toFixed(0)} KB): median ${median(wall).toFixed(0)} ms (min ${Math.min(...wall).toFixed(0)}, max ${Math.max(...wall).toFixed(0)})`,
);
console.log('\n| plan | source KB | ingest ms (median, warm) |\n| --- | ---: | ---: |');
for (const plan of perPlan) console.log(`| ${plan.name} | ${plan.kb.toFixed(1)} | ${plan.ms.toFixed(1)} |`);
const pureMs = perPlan.reduce((sum, plan) => sum + plan.ms, 0);
console.log(`| all | ${totalKb.toFixed(1)} | ${pureMs.toFixed(1)} (${(totalKb / 1024 / (pureMs / 1000)).toFixed(1)} MB/s) |`);

// 3. The plans-dev 纲要 (篇/章/节), and very long plans made of it: time per 1,000 lines stays flat when every step is linear.
const plansDev = '../shared/plans-dev/cn-14th-2021-2025.txt';
if (existsSync(plansDev)) {
  const source = readPlanSource(plansDev);
  const one = timeIngest('plans-dev cn-14th-2021-2025', source, runs);
  console.log(
    `\n| plan | lines | source KB | ingest ms (median, warm) | ms per 1,000 lines | peak heap MB |\n| --- | ---: | ---: | ---: | ---: | ---: |`,
  );
  const text = readFileSync(plansDev, 'utf8');
  const lines = text.split('\n').length;
  console.log(row(one, lines));
  for (const target of [25_000, 50_000, 100_000, 200_000]) {
    const copies = Math.ceil(target / lines);
    const long = Buffer.from(Array.from({ length: copies }, () => text).join('\n'));
    console.log(row(timeIngest(`plans-dev × ${copies}`, { file: 'long.txt', bytes: long }, Number(values['long-runs'])), copies * lines));
  }
} else {
  console.log(`\n(${plansDev} not found: the plans-dev and long-plan rows are skipped)`);
}

// 4. A long Word document: the 纲要 (plans-dev, else the longest seed) repeated to about 300 pages.
const base = existsSync(plansDev) ? plansDev : join(sourcesDir, 'baijiantan-2021-2025.txt');
const { bytes, characters } = await makeLargeDocx(base, Number(values['docx-pages']));
const docxSources = mkdtempSync(join(tmpdir(), 'planpress-bench-docx-'));
const docxOut = mkdtempSync(join(tmpdir(), 'planpress-bench-docx-out-'));
writeFileSync(join(docxSources, 'large-docx.docx'), bytes);
const commands = [];
for (let i = 0; i < Math.min(runs, 3); i++)
  commands.push(await measureCommand(`"${process.execPath}" scripts/ingest.ts --sources "${docxSources}" --out "${docxOut}" --no-cache`));
const docxSource = { file: 'content/sources/large-docx.docx', bytes };
const { plan } = ingestPlan(docxSource);
const docxSamples = Array.from({ length: runs }, () => {
  const started = performance.now();
  ingestPlan(docxSource);
  return performance.now() - started;
});
rmSync(docxSources, { recursive: true, force: true });
rmSync(docxOut, { recursive: true, force: true });
const sections = plan.chapters.reduce((sum, chapter) => sum + chapter.sections.length, 0);
console.log(
  `\nWord document (.docx, generated from ${base.split('/').pop()}): ${(bytes.length / 1024).toFixed(0)} KB zipped, ${characters} characters ≈ ${Math.round(characters / CHARACTERS_PER_PAGE)} pages at ${CHARACTERS_PER_PAGE} a page; ${plan.chapters.length} chapters, ${sections} sections, ${plan.tables.length} tables, ${plan.columns.length} columns`,
);
console.log(`| measure | median | max |\n| --- | ---: | ---: |`);
console.log(
  `| node scripts/ingest.ts on it alone (fresh process), wall ms | ${median(commands.map((c) => c.wallMs)).toFixed(0)} | ${Math.max(...commands.map((c) => c.wallMs)).toFixed(0)} |`,
);
console.log(
  `| the same, peak resident memory MB | ${median(commands.map((c) => c.peakTreeBytes / 2 ** 20)).toFixed(0)} | ${Math.max(...commands.map((c) => c.peakTreeBytes / 2 ** 20)).toFixed(0)} |`,
);
console.log(`| ingestPlan on it (warm, in process), ms | ${median(docxSamples).toFixed(0)} | ${Math.max(...docxSamples).toFixed(0)} |`);

function timeIngest(name: string, source: Parameters<typeof ingestPlan>[0], count: number) {
  ingestPlan(source);
  let peak = process.memoryUsage().heapUsed;
  const samples = Array.from({ length: count }, () => {
    const started = performance.now();
    ingestPlan(source);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return performance.now() - started;
  });
  return { name, kb: source.bytes.length / 1024, ms: median(samples), peakMb: peak / 2 ** 20 };
}

function row(plan: ReturnType<typeof timeIngest>, lines: number): string {
  return `| ${plan.name} | ${lines.toLocaleString('en')} | ${plan.kb.toFixed(0)} | ${plan.ms.toFixed(0)} | ${((plan.ms / lines) * 1000).toFixed(1)} | ${plan.peakMb.toFixed(0)} |`;
}
