/** A small synthetic corpus (the benchmark's: the real plans retold for other places and periods), ingested in memory, newest first. */
import { generateCorpus } from '../../scripts/bench/corpus/generate-corpus.ts';
import { readRealPlans } from '../../scripts/bench/corpus/write-corpus.ts';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import { newestFirst } from '../../src/lib/catalogue.ts';
import type { Plan } from '../../src/lib/plan-schema.ts';

const root = new URL('../../', import.meta.url).pathname;
const decoder = new TextDecoder();

export function syntheticPlans(plans: number, seed = 1): Plan[] {
  const files = generateCorpus(readRealPlans(`${root}content/sources`), { plans, seed });
  const byName = new Map(files.map((file) => [file.name, file]));
  const ingested = files
    .filter((file) => file.name.endsWith('.txt'))
    .map((file) => {
      const sidecar = byName.get(file.name.replace(/\.txt$/u, '.yml'));
      return ingestPlan({
        file: file.name,
        bytes: file.bytes,
        sidecar: sidecar && { file: sidecar.name, text: decoder.decode(sidecar.bytes) },
      }).plan;
    });
  return newestFirst(ingested);
}
