/** The real plans of content/sources/, ingested in memory (the ingest is pure and fast), newest first as the site lists them. */
import { readdirSync } from 'node:fs';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import { newestFirst } from '../../src/lib/catalogue.ts';
import type { Plan } from '../../src/lib/plan-schema.ts';
import { seedSource } from '../ingest/run-ingest.ts';

const sourcesDir = new URL('../../content/sources/', import.meta.url);

export function realPlans(): Plan[] {
  const ids = readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4));
  return newestFirst(ids.map((id) => ingestPlan(seedSource(id)).plan));
}

export function realPlan(id: string): Plan {
  const plan = realPlans().find((candidate) => candidate.id === id);
  if (!plan) throw new Error(`No real plan ${id} in content/sources/.`);
  return plan;
}
