/**
 * The ingest's output folder is its own: it may hold only what the ingest writes (`<plan-id>/plan.json`,
 * `<plan-id>/old-links.json` and `<plan-id>/chapters/<nn>.mdx`), so that replacing it can never delete a source or a file an
 * editor put there. Pure: the orchestrator lists the folder and acts on the answer.
 */
import { isAbsolute, relative } from 'node:path';

const WRITTEN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/plan\.json|\/old-links\.json|\/chapters(?:\/\d{2,}\.mdx)?)?$/u;

/** Entries of the folder (paths relative to it, `/`-separated, folders included) the ingest did not write. */
export function foreignEntries(entries: readonly string[]): string[] {
  return entries.filter((entry) => !WRITTEN.test(entry)).sort();
}

/** True when `inner` is `outer` or lies inside it. */
export function isWithin(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * Why the ingest refuses to replace `outDir`, or null. `guarded` folders (sources, publish records)
 * may neither contain it nor lie in it, and it may not contain `project`. Paths are absolute.
 */
export function refuseOutputFolder(outDir: string, guarded: readonly string[], project: string, entries: readonly string[]): string | null {
  if (isWithin(project, outDir))
    return `the output folder ${outDir} holds the whole project; choose an output folder of its own (content/plans)`;
  const overlapping = guarded.find((dir) => isWithin(dir, outDir) || isWithin(outDir, dir));
  if (overlapping)
    return `the output folder ${outDir} overlaps ${overlapping}, which the ingest must not replace; choose an output folder of its own (content/plans)`;
  const foreign = foreignEntries(entries);
  if (foreign.length === 0) return null;
  const shown = foreign.length > 5 ? [...foreign.slice(0, 5), `… ${foreign.length - 5} more`] : foreign;
  return `the output folder ${outDir} holds files the ingest did not write (${shown.join(', ')}); it is replaced whole, so move them out or choose another folder`;
}
