/** The ingest command as a web editor runs it, in a fresh Node process, and the files it writes. */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ingestPlan, type IngestedPlan, type PlanSource } from '../../scripts/ingest/ingest-plan.ts';
import { readPlanSource } from '../../scripts/read-plan-source.ts';

export const projectRoot = new URL('../../', import.meta.url).pathname;

export function runIngest(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The ingest's warnings with file and line, as written beside the output folder `out`. */
export function warningsReport(out: string): string {
  return readFileSync(`${out}.warnings.txt`, 'utf8');
}

/** Every file under `dir` by its relative path, in a stable order. */
export function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** A source of content/sources/ with its sidecar, as the ingest reads it. */
export function seedSource(id: string): PlanSource {
  return readPlanSource(join(projectRoot, 'content/sources', `${id}.txt`), { root: projectRoot });
}

/** One plan of content/sources/ ingested in this process. */
export function ingestSource(id: string): IngestedPlan {
  return ingestPlan(seedSource(id));
}
