/** The ingest's plans as read from disk, for tools that run outside Astro (tests, screenshots). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planSchema, type Plan } from '../../src/lib/plan-schema.ts';

/** Every `<plan-id>/plan.json` under `contentDir`, validated, in id order. */
export function readPlans(contentDir: string): Plan[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((id) => readPlan(join(contentDir, id, 'plan.json')));
}

function readPlan(file: string): Plan {
  const result = planSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file} does not match planSchema: ${result.error.message}`);
  return result.data;
}
