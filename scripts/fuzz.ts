/**
 * `npm run fuzz`: mutations of the real plans through the whole ingest (`ingestPlan`), in worker
 * threads with a per-mutant timeout, bounded in time. Reports crashes, hangs, unreported losses
 * and nondeterminism (two runs differ); exits 1 when it finds any.
 *
 *   node scripts/fuzz.ts [--mutants 2000] [--seconds 600] [--workers 2] [--timeout 10] [--first-seed 1] [--sources DIR]
 *
 * Mutant i is seed `first-seed + i` of plan `i mod plans`: a finding replays with its seed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { Outcome } from './fuzz/check-mutant.ts';
import { mutantSource, type Seed } from './fuzz/mutant-source.ts';
import { readPlanSource } from './read-plan-source.ts';

const { values: options } = parseArgs({
  options: {
    mutants: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '600' },
    workers: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '10' },
    'first-seed': { type: 'string', default: '1' },
    sources: { type: 'string', default: 'content/sources' },
  },
});
const mutants = Number(options.mutants);
const deadline = Date.now() + Number(options.seconds) * 1000;
const timeoutMs = Number(options.timeout) * 1000;
const firstSeed = Number(options['first-seed']);

// 1. The seeds: every real plan with its sidecar.
const seeds: Seed[] = readdirSync(options.sources)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const { file, bytes, sidecar } = readPlanSource(join(options.sources, name));
    return { file, text: new TextDecoder().decode(bytes), sidecar };
  });

// 2. Run the mutants across the workers, one at a time each, a stuck one terminated and replaced.
type Finding = { index: number; plan: string; seed: number; operators: string[]; kind: string; message: string };
const counts = new Map<string, number>();
const findings: Finding[] = [];
const refusals = new Map<string, number>();
let nextIndex = 0;
let done = 0;
const started = performance.now();

const job = (index: number) => ({ index, plan: index % seeds.length, seed: firstSeed + index });
const operatorsOf = (index: number) => mutantSource(seeds[job(index).plan]!, job(index).seed).operators;

function record(index: number, operators: string[], outcome: Outcome | { kind: 'hang'; message: string }): void {
  done += 1;
  counts.set(outcome.kind, (counts.get(outcome.kind) ?? 0) + 1);
  if (outcome.kind === 'refused') {
    const reason = outcome.message.replace(/\d+/gu, 'N').replace(/".*?"/gu, '"…"').slice(0, 90);
    refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
  } else if (outcome.kind !== 'published') {
    const { plan, seed } = job(index);
    findings.push({ index, plan: seeds[plan]!.file, seed, operators, kind: outcome.kind, message: outcome.message });
  }
}

function startWorker(): Promise<void> {
  return new Promise((finished) => {
    const worker = new Worker(new URL('./fuzz/worker.ts', import.meta.url), { workerData: seeds });
    let current = -1;
    let timer: NodeJS.Timeout | undefined;
    const sendNext = () => {
      if (nextIndex >= mutants || Date.now() > deadline) {
        void worker.terminate().then(() => finished());
        return;
      }
      current = nextIndex++;
      timer = setTimeout(() => {
        record(current, operatorsOf(current), { kind: 'hang', message: `no result after ${timeoutMs / 1000} s` });
        void worker.terminate().then(() => startWorker().then(finished));
      }, timeoutMs);
      worker.postMessage(job(current));
    };
    worker.on('message', (message: { index: number; operators: string[]; outcome: Outcome }) => {
      clearTimeout(timer);
      record(message.index, message.operators, message.outcome);
      sendNext();
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      record(current, operatorsOf(current), { kind: 'crash', message: `the worker died: ${error.message}` });
      void startWorker().then(finished);
    });
    sendNext();
  });
}

await Promise.all(Array.from({ length: Number(options.workers) }, startWorker));

// 3. Report.
const seconds = (performance.now() - started) / 1000;
const of = (kind: string) => counts.get(kind) ?? 0;
console.log(
  `fuzz: ${done} mutants of ${seeds.length} plans in ${seconds.toFixed(1)} s (${(done / seconds).toFixed(1)} a second, ${options.workers} workers, timeout ${options.timeout} s, seeds ${firstSeed}–${firstSeed + done - 1})`,
);
console.log(`  published ${of('published')}, refused with a reason ${of('refused')}`);
console.log(
  `  crashes ${of('crash')}, hangs ${of('hang')}, unreported losses ${of('unreported-loss')}, nondeterministic ${of('nondeterministic')}`,
);
for (const [reason, n] of [...refusals].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  refused ×${n}: ${reason}`);
for (const finding of findings.slice(0, 20)) {
  console.log(`  ${finding.kind}: ${finding.plan} seed ${finding.seed} [${finding.operators.join(', ')}]: ${finding.message}`);
}
if (done < mutants) console.log(`  stopped at the time limit, ${mutants - done} mutants not run`);
if (findings.length > 0) process.exitCode = 1;
