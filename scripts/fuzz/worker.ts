/** A fuzz worker: builds each mutant it is sent and posts back what became of it. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkMutant } from './check-mutant.ts';
import { mutantSource, type Seed } from './mutant-source.ts';

const seeds = workerData as Seed[];

parentPort!.on('message', (job: { index: number; plan: number; seed: number }) => {
  const { source, operators } = mutantSource(seeds[job.plan]!, job.seed);
  parentPort!.postMessage({ index: job.index, operators, outcome: checkMutant(source) });
});
