/**
 * Builds the sites the site tests read, once per run, into a temporary folder under tmp/ (the
 * project's content/plans/ and dist/ stay untouched): the real plans of content/sources/, and a fixture
 * plan whose text looks like code, Markdown and GFM, which must still reach the page as text.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { BuiltSite } from './built-site.ts';
import { astroBin } from '../../scripts/build/site-root.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** The site of the real plans. */
    plansSite: BuiltSite;
    /** The site of tests/fixtures/site/. */
    fixtureSite: BuiltSite;
  }
}

export default function setup(project: TestProject): () => void {
  // Inside the project (tmp/ is ignored): Astro keeps a build's prerender chunks beside its output
  // folder only when that folder is under the working directory, else in a shared .astro/.prerender/.
  mkdirSync('tmp', { recursive: true });
  const root = resolve(mkdtempSync(join('tmp', 'site-tests-')));
  project.provide('plansSite', buildSite('content/sources', join(root, 'plans')));
  project.provide('fixtureSite', buildSite('tests/fixtures/site', join(root, 'fixture')));
  return () => rmSync(root, { recursive: true, force: true });
}

/** `npm run build` for one folder of sources, into `<dir>/content` and `<dir>/dist`. */
function buildSite(sourcesDir: string, dir: string): BuiltSite {
  const site = { contentDir: join(dir, 'content'), distDir: join(dir, 'dist') };
  run('ingest', ['scripts/ingest.ts', '--sources', sourcesDir, '--out', site.contentDir]);
  run('astro build', [astroBin(), 'build'], {
    PLANPRESS_CONTENT_DIR: site.contentDir,
    PLANPRESS_OUT_DIR: site.distDir,
    PLANPRESS_CACHE_DIR: join(dir, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    PLANPRESS_PREVIEW: '1',
  });
  run('search index', ['scripts/search/build-index.ts'], { PLANPRESS_CONTENT_DIR: site.contentDir, PLANPRESS_OUT_DIR: site.distDir });
  run('whole-plan PDFs', ['scripts/whole-plan-pdf.ts'], { PLANPRESS_CONTENT_DIR: site.contentDir, PLANPRESS_OUT_DIR: site.distDir });
  return site;
}

/** Runs a Node script with this Node; a failure throws with its output, which says what broke. */
function run(what: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}
