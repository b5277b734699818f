/**
 * A private project root for one `astro build` of a sharded build. Astro writes a build in progress
 * into its project's `.astro/` whatever the content folder, so two builds in one root would read
 * each other's modules (src/integrations/build-lock.ts makes them take turns). Each shard therefore
 * builds in a copy of the site's sources (under 1 MB) with the project's node_modules and other folders linked.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** What an `astro build` reads of the project, besides node_modules and the content folder. */
export const SITE_SOURCES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'] as const;

/** Astro's command, wherever Node finds the package (a copy of the project may find it in a folder above). */
export function astroBin(): string {
  const packageJson = createRequire(import.meta.url).resolve('astro/package.json');
  const { bin } = JSON.parse(readFileSync(packageJson, 'utf8')) as { bin: { astro: string } };
  return join(dirname(packageJson), bin.astro);
}

/** The node_modules folder that holds Astro, which the copy links. */
function nodeModules(): string {
  const packageJson = createRequire(import.meta.url).resolve('astro/package.json');
  return dirname(dirname(packageJson));
}

/** Copies the site's sources from `project` into `root` afresh and links node_modules; returns `root`. */
export function prepareSiteRoot(project: string, root: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const source of SITE_SOURCES) cpSync(join(project, source), join(root, source), { recursive: true });
  symlinkSync(nodeModules(), join(root, 'node_modules'), 'dir');
  // The project's other folders (content/, tmp/…), for whatever the site reads by a path relative to the project
  // (plan.json's `source.file` is resolved against PLANPRESS_PROJECT_DIR, set by build-targets.ts);
  // not its dot-folders, `.astro/` above all.
  const copied = new Set<string>([...SITE_SOURCES, 'node_modules']);
  for (const entry of readdirSync(project, { withFileTypes: true }))
    if (entry.isDirectory() && !entry.name.startsWith('.') && !copied.has(entry.name))
      symlinkSync(resolve(project, entry.name), join(root, entry.name), 'dir');
  return root;
}
