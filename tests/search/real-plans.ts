/** The real plans of content/sources/, ingested in memory, for tests of what search indexes. */
import { readdirSync } from 'node:fs';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import type { Plan } from '../../src/lib/plan-schema.ts';
import { seedSource } from '../ingest/run-ingest.ts';

const sourcesDir = new URL('../../content/sources/', import.meta.url);

export function realPlans(): Plan[] {
  return readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      return ingestPlan(seedSource(name.slice(0, -4))).plan;
    });
}
