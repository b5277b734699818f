/**
 * `npm run bench:ingest`: how long the ingest takes, measured, never asserted.
 *
 *   node scripts/bench/ingest.ts [--runs N]
 *
 * Reports the wall time of the whole `npm run ingest` command (a fresh Node process reading
 * content/sources and writing a temporary output folder) as the median of N runs, and the
 * in-process time of each plan's pure ingest, median of N.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestPlan } from '../ingest/ingest-plan.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
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
const names = readdirSync(sourcesDir).filter((name) => name.endsWith('.txt')).sort();
const perPlan = names.map((name) => {
  const file = join(sourcesDir, name);
  const sidecarFile = file.replace(/\.txt$/u, '.yml');
  const source = { file, bytes: readFileSync(file), sidecar: existsSync(sidecarFile) ? { file: sidecarFile, text: readFileSync(sidecarFile, 'utf8') } : undefined };
  ingestPlan(source);
  const samples = Array.from({ length: runs }, () => {
    const started = performance.now();
    ingestPlan(source);
    return performance.now() - started;
  });
  return { name, kb: source.bytes.length / 1024, ms: median(samples) };
});

const totalKb = perPlan.reduce((sum, plan) => sum + plan.kb, 0);
console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${runs} runs each`);
console.log(`node scripts/ingest.ts, as npm run ingest runs it (fresh process, ${names.length} plans, ${totalKb.toFixed(0)} KB): median ${median(wall).toFixed(0)} ms (min ${Math.min(...wall).toFixed(0)}, max ${Math.max(...wall).toFixed(0)})`);
console.log('\n| plan | source KB | ingest ms (median, warm) |\n| --- | ---: | ---: |');
for (const plan of perPlan) console.log(`| ${plan.name} | ${plan.kb.toFixed(1)} | ${plan.ms.toFixed(1)} |`);
const pureMs = perPlan.reduce((sum, plan) => sum + plan.ms, 0);
console.log(`| all | ${totalKb.toFixed(1)} | ${pureMs.toFixed(1)} (${(totalKb / 1024 / (pureMs / 1000)).toFixed(1)} MB/s) |`);
