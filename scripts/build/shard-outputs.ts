/**
 * What a shard contributes to the site: each of its plans' own pages and files, found from the
 * site's path functions so that a new per-plan route is one line here (tests/build/ fails when a
 * built page is in neither a shard's plan paths nor the hub's output).
 */
import { planDataPath, planPath } from '../../src/lib/paths.ts';

/** Astro's bundled stylesheets and scripts, named by content: every shard's are kept. */
export const ASTRO_ASSETS_DIR = '_astro';

/**
 * The paths under the site root (no leading slash) that belong to one plan: its folder of pages and
 * its data. Its columns page (`/columns/<id>/`) is the columns index filtered to it, with counts
 * across plans, so the hub builds it.
 */
export function planOutputPaths(planId: string): string[] {
  return [planPath(planId), planDataPath(planId)].map((path) => path.replace(/^\/+/u, ''));
}
