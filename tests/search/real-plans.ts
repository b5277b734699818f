/** The real plans of content/sources/, ingested in memory, for tests of what search indexes. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import type { Plan } from '../../src/lib/plan-schema.ts';

const sourcesDir = new URL('../../content/sources/', import.meta.url);

export function realPlans(): Plan[] {
  return readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -4);
      const sidecar = new URL(`${id}.yml`, sourcesDir);
      return ingestPlan({
        file: `content/sources/${name}`,
        bytes: readFileSync(new URL(name, sourcesDir)),
        sidecar: existsSync(sidecar) ? { file: `content/sources/${id}.yml`, text: readFileSync(sidecar, 'utf8') } : undefined,
      }).plan;
    });
}
