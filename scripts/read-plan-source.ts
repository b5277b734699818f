/**
 * Reads a plan source and its `<name>.yml` sidecar from disk, as the ingest takes them: the one reader
 * for `npm run ingest`, the benchmarks, the fuzzer and the tests. The ingest steps themselves never
 * touch the disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { PlanSource } from './ingest/ingest-plan.ts';
import { decodeSidecar } from './ingest/read-sidecar.ts';

/**
 * The source at `path` with its sidecar: the one given, or else `<name>.yml` beside it when there is one.
 * Files are named relative to `root`, as warnings print them (`content/sources/zhangye-2026-2030.txt`).
 */
export function readPlanSource(path: string, options: { sidecar?: string | null; root?: string } = {}): PlanSource {
  const root = options.root ?? process.cwd();
  const sidecarPath = options.sidecar === undefined ? besideSidecar(path) : options.sidecar;
  const name = (file: string) => relative(root, resolve(root, file));
  return {
    file: name(path),
    bytes: readFileSync(path),
    sidecar: sidecarPath ? { file: name(sidecarPath), text: decodeSidecar(readFileSync(sidecarPath), name(sidecarPath)) } : undefined,
  };
}

function besideSidecar(path: string): string | null {
  const sidecar = path.replace(/\.(txt|docx?)$/u, '.yml');
  return sidecar !== path && existsSync(sidecar) ? sidecar : null;
}
