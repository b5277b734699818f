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

/** Absolute origin the site is deployed at, for canonical URLs; set once per deployment. */
export function siteUrl(env: Env = process.env): string {
  return env.PLANPRESS_SITE || 'https://planpress.example.org';
}

/** Astro's cache, which holds the content layer's data store: one per build folder, so that builds side by side never share it. */
export function cacheDir(env: Env = process.env): string {
  return env.PLANPRESS_CACHE_DIR || 'node_modules/.astro';
}
