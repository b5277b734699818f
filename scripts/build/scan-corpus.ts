/**
 * One pass over the ingest's output for a sharded build: each plan's id and region (to shard it), a
 * hash of its files (to know whether its shard must be rebuilt), and its hub plan.json (hub-plan.ts)
 * written into the hub's content folder. Plans are read one at a time and not kept, so memory does
 * not grow with the corpus.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planSchema } from '../../src/lib/plan-schema.ts';
import { hubPlan } from './hub-plan.ts';
import { hashFiles } from './input-hash.ts';

export interface CorpusPlan {
  readonly id: string;
  readonly region: string | null;
  /** sha256 of the plan's folder (plan.json and chapter files). */
  readonly hash: string;
  /** sha256 of its hub plan.json. */
  readonly hubHash: string;
}

/** Every plan folder under `contentDir`, in id order; a plan.json that does not match the schema fails naming its file. */
export function scanCorpus(contentDir: string, hubContentDir: string): CorpusPlan[] {
  mkdirSync(hubContentDir, { recursive: true });
  const folders = readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const plans = folders.map((folder) => {
    const file = join(contentDir, folder, 'plan.json');
    const parsed = planSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file} does not match planSchema: ${parsed.error.message}`);
    const plan = parsed.data;
    const hubJson = `${JSON.stringify(hubPlan(plan))}\n`;
    writeIfChanged(join(hubContentDir, plan.id, 'plan.json'), hubJson);
    return {
      id: plan.id,
      region: plan.region,
      hash: hashFiles([join(contentDir, folder)], contentDir).digest('hex'),
      hubHash: createHash('sha256').update(hubJson).digest('hex'),
    };
  });
  const ids = new Set(plans.map((plan) => plan.id));
  for (const stale of readdirSync(hubContentDir)) if (!ids.has(stale)) rmSync(join(hubContentDir, stale), { recursive: true, force: true });
  return plans;
}

/** Leaves a file whose bytes are already right untouched, so Astro's content cache sees no change. */
function writeIfChanged(file: string, text: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}
