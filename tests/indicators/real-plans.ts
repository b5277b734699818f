/** The real plans of content/sources/, ingested in memory (the ingest is pure and fast), newest first as the site lists them. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import { newestFirst } from '../../src/lib/catalogue.ts';
import type { Plan } from '../../src/lib/plan-schema.ts';

const sourcesDir = new URL('../../content/sources/', import.meta.url);

export function realPlans(): Plan[] {
  const ids = readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4));
  return newestFirst(ids.map((id) => ingestPlan(sourceOf(id)).plan));
}

export function realPlan(id: string): Plan {
  const plan = realPlans().find((candidate) => candidate.id === id);
  if (!plan) throw new Error(`No real plan ${id} in content/sources/.`);
  return plan;
}

function sourceOf(id: string) {
  const sidecar = new URL(`${id}.yml`, sourcesDir);
  return {
    file: `content/sources/${id}.txt`,
    bytes: readFileSync(new URL(`${id}.txt`, sourcesDir)),
    sidecar: existsSync(sidecar) ? { file: `content/sources/${id}.yml`, text: readFileSync(sidecar, 'utf8') } : undefined,
  };
}
