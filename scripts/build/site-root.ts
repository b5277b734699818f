/**
 * A private project root for one `astro build` of a sharded build. Astro writes a build in progress
 * into its project's `.astro/` whatever the content folder, so two builds in one root would read
 * each other's modules (src/integrations/build-lock.ts makes them take turns). Each shard therefore
 * builds in a copy of the site's sources (under 1 MB) with the project's node_modules and content linked.
 */
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What an `astro build` reads of the project, besides node_modules and the content folder. */
export const SITE_SOURCES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'] as const;

/** What a build reads of the project in place. */
const LINKED = ['node_modules', 'content'] as const;

/** Copies the site's sources from `project` into `root` afresh and links node_modules; returns `root`. */
export function prepareSiteRoot(project: string, root: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const source of SITE_SOURCES) cpSync(join(project, source), join(root, source), { recursive: true });
  // node_modules, and content/ for the sources plan.json names relative to the project (`source.file`).
  for (const linked of LINKED) if (existsSync(join(project, linked))) symlinkSync(resolve(project, linked), join(root, linked), 'dir');
  return root;
}
