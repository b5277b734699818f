/**
 * The build's inputs and outputs, overridable by environment so that tests can build a fixture
 * site into a temporary folder while the project's own content and `dist/` stay untouched.
 */
type Env = Readonly<Record<string, string | undefined>>;

/** Folder of the ingest's output (`<plan-id>/plan.json`, `<plan-id>/chapters/*.mdx`). */
export function contentDir(env: Env = process.env): string {
  return env.PLANPRESS_CONTENT_DIR || 'content/plans';
}

/** Folder the static site is written to. */
export function outDir(env: Env = process.env): string {
  return env.PLANPRESS_OUT_DIR || 'dist';
}

/** The stand-in origin of a preview build, which links, QR codes and previews then point at. */
export const PREVIEW_SITE = 'https://planpress.example.org';

/** Absolute origin the site is deployed at, for canonical URLs, QR codes and link previews; set once per deployment. */
export function siteUrl(env: Env = process.env): string {
  return env.PLANPRESS_SITE || PREVIEW_SITE;
}

/**
 * A build for deployment without PLANPRESS_SITE would publish QR codes and copied links that point
 * nowhere: it fails. A preview (PLANPRESS_PREVIEW=1: `npm start`, the tests, the benchmarks) is
 * told so and goes on. Returns the warning to print, or null.
 */
export function checkSiteUrl(env: Env = process.env): string | null {
  if (env.PLANPRESS_SITE) return null;
  const what = `PLANPRESS_SITE is not set: canonical URLs, copied links, QR codes and link previews point at ${PREVIEW_SITE}`;
  if (env.PLANPRESS_PREVIEW) return `${what} (a preview build, PLANPRESS_PREVIEW=1).`;
  throw new Error(
    `${what}. Set it to the deployed origin (PLANPRESS_SITE=https://… npm run build), or PLANPRESS_PREVIEW=1 for a local preview.`,
  );
}

/**
 * Astro's cache, which holds the content layer's data store: one per content folder (unless set),
 * so that two builds of different content side by side never share it.
 */
export function cacheDir(env: Env = process.env): string {
  if (env.PLANPRESS_CACHE_DIR) return env.PLANPRESS_CACHE_DIR;
  const content = contentDir(env);
  return content === 'content/plans' ? 'node_modules/.astro' : `node_modules/.astro/content-${folderKey(content)}`;
}

/** A short, stable, file-name-safe key for a folder path (FNV-1a of its text). */
function folderKey(path: string): string {
  let hash = 0x811c9dc5;
  for (const char of path) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * Which pages this `astro build` renders (PLANPRESS_PAGES), for the national edition's shards
 * (scripts/build-site.ts): `all` (the default) every page; `plans` a shard's plans' own pages (its
 * pages across plans are not kept); `hub` the pages across plans only, from plan data without
 * chapter files.
 */
export type PagesMode = 'all' | 'plans' | 'hub';

export function pagesMode(env: Env = process.env): PagesMode {
  const mode = env.PLANPRESS_PAGES || 'all';
  if (mode === 'all' || mode === 'plans' || mode === 'hub') return mode;
  throw new Error(`PLANPRESS_PAGES must be all, plans or hub (got ${JSON.stringify(mode)}).`);
}

/**
 * The project folder that paths in plan.json (`source.file`) are relative to: the folder the build
 * runs in, or, for an `astro build` in a shard's private copy of the site (scripts/build/site-root.ts),
 * the project it was copied from, which the sharded build names in PLANPRESS_PROJECT_DIR.
 */
export function projectDir(env: Env = process.env): string {
  return env.PLANPRESS_PROJECT_DIR || process.cwd();
}

/** Where scripts/build-site.ts keeps its shards, hub and their hashes between builds. */
export function buildWorkDir(env: Env = process.env): string {
  return env.PLANPRESS_BUILD_DIR || `${cacheDir(env)}/planpress-build`;
}
