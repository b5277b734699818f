/**
 * The ingest's cache: a plan whose source, sidecar and ingest code are unchanged is not parsed
 * again. Pure: the orchestrator reads and writes the entries; this module names them and checks
 * them. An entry holds the ingest's whole result, so a cached run writes what a fresh one writes.
 */
import { createHash } from 'node:crypto';
import { dirname, join, normalize } from 'node:path';
import type { IngestedPlan, PlanSource } from './ingest-plan.ts';

/** Bumped when the entry format changes. */
const ENTRY_FORMAT = 2;

/** Where the ingest's code starts: every local module it imports is read from here. */
export const INGEST_ENTRY_MODULE = 'scripts/ingest/ingest-plan.ts';

/**
 * A digest of what the ingest's output depends on besides its input: the text of every local
 * module reachable by imports from `entry`, the installed packages (as package-lock.json pins
 * them) and the Node version. Changing any of them makes every entry stale.
 */
export function ingestCodeVersion(read: (path: string) => string, entry = INGEST_ENTRY_MODULE, extras: readonly string[] = []): string {
  const hash = createHash('sha256').update(`format ${ENTRY_FORMAT}\0`);
  for (const path of localModules(read, entry)) hash.update(`${path}\0${read(path)}\0`);
  for (const extra of extras) hash.update(`${extra}\0`);
  return hash.digest('hex');
}

/** `entry` and every module it reaches through relative imports, each once, in a stable order. */
export function localModules(read: (path: string) => string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const match of read(path).matchAll(/(?:\bfrom|^import)\s*['"](\.{1,2}\/[^'"]+)['"]/gmu))
      visit(normalize(join(dirname(path), match[1]!)));
  };
  visit(normalize(entry));
  return [...seen].sort();
}

/** The entry's name: a digest of the code version, the source's path and bytes, and the sidecar's. */
export function cacheKey(codeVersion: string, source: PlanSource): string {
  const hash = createHash('sha256').update(`${codeVersion}\0${source.file}\0`).update(source.bytes);
  if (source.sidecar) hash.update(`\0sidecar\0${source.sidecar.file}\0${source.sidecar.text}`);
  if (source.published) hash.update(`\0published\0${JSON.stringify(source.published)}`);
  return hash.digest('hex');
}

export function encodeEntry(key: string, result: IngestedPlan): string {
  return JSON.stringify({ format: ENTRY_FORMAT, key, plan: result.plan, chapters: result.chapters, edition: result.edition });
}

/** The cached result, or null for an entry that is not whole or not this key's (a partial write, a collision). */
export function decodeEntry(key: string, text: string): IngestedPlan | null {
  try {
    const entry = JSON.parse(text) as { format?: unknown; key?: unknown; plan?: unknown; chapters?: unknown; edition?: unknown };
    if (
      entry.format !== ENTRY_FORMAT ||
      entry.key !== key ||
      typeof entry.plan !== 'object' ||
      entry.plan === null ||
      !Array.isArray(entry.chapters)
    )
      return null;
    return {
      plan: entry.plan as IngestedPlan['plan'],
      chapters: entry.chapters as IngestedPlan['chapters'],
      edition: (entry.edition ?? null) as IngestedPlan['edition'],
    };
  } catch {
    return null;
  }
}
