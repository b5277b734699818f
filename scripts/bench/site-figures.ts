/**
 * What a build produced, read from its output folder: pages and files, sizes, the Pagefind index,
 * and the page kinds (a URL pattern each: `/plans/[plan]/[n]/`) with their largest page.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export interface SiteFigures {
  /** HTML pages, 404 included. */
  readonly pages: number;
  readonly files: number;
  readonly bytes: number;
  /** The Pagefind bundles (folders holding pagefind-entry.json), or null when the build wrote none. */
  readonly searchIndex: SearchIndexFigures | null;
  /** Site path of the search engine module (DESIGN.md: /search/engine.js), when built. */
  readonly searchEngine: string | null;
  readonly kinds: readonly PageKind[];
}

export interface SearchIndexFigures {
  /** Site path of the bundle a browser loads first: the one listing the others (`shards.json`), or the only one. */
  readonly path: string;
  /** Site paths of every bundle, the first one first: an index written in shards has several. */
  readonly bundles: readonly string[];
  readonly files: number;
  readonly bytes: number;
}

export interface PageKind {
  /** URL pattern, variable parts in brackets: `/`, `/plans/[plan]/`, `/plans/[plan]/[n]/`. */
  readonly pattern: string;
  readonly pages: number;
  /** URL path of its largest page by HTML bytes. */
  readonly largest: string;
  readonly largestBytes: number;
}

export function siteFigures(distDir: string, planIds: readonly string[]): SiteFigures {
  const files = listFiles(distDir);
  const html = files.filter((file) => file.path.endsWith('.html'));
  const engine = files.find((file) => file.path === 'search/engine.js');
  return {
    pages: html.length,
    files: files.length,
    bytes: sum(files.map((file) => file.bytes)),
    searchIndex: searchIndexFigures(files),
    searchEngine: engine ? `/${engine.path}` : null,
    kinds: pageKinds(html, planIds),
  };
}

/** Every Pagefind bundle among the files; the first is the one that lists the others, else the shortest path. */
export function searchIndexFigures(files: ReadonlyArray<{ path: string; bytes: number }>): SearchIndexFigures | null {
  const dirs = files
    .filter((file) => file.path === 'pagefind-entry.json' || file.path.endsWith('/pagefind-entry.json'))
    .map((file) => dirname(file.path));
  if (dirs.length === 0) return null;
  const lists = (dir: string) => files.some((file) => file.path === (dir === '.' ? 'shards.json' : `${dir}/shards.json`));
  const ordered = [...dirs].sort((a, b) => Number(lists(b)) - Number(lists(a)) || a.length - b.length || a.localeCompare(b));
  const inBundle = files.filter((file) => dirs.some((dir) => dir === '.' || file.path.startsWith(`${dir}/`)));
  const bundles = ordered.map((dir) => `/${dir === '.' ? '' : `${dir}/`}`);
  return { path: bundles[0]!, bundles, files: inBundle.length, bytes: sum(inBundle.map((file) => file.bytes)) };
}

/** Groups pages by URL pattern: plan ids and numbers are variables, and so is a last segment that varies over five pages or more. */
export function pageKinds(pages: ReadonlyArray<{ path: string; bytes: number }>, planIds: readonly string[]): PageKind[] {
  const ids = new Set(planIds);
  const urls = pages.map((page) => ({ url: urlPath(page.path), bytes: page.bytes }));
  const firstPass = urls.map(({ url }) =>
    url.split('/').map((segment) => (ids.has(segment) ? '[plan]' : /^\d+$/u.test(segment) ? '[n]' : segment)),
  );
  const siblings = new Map<string, Set<string>>();
  for (const segments of firstPass) {
    if (segments.length < 3) continue;
    const last = segments.length - 2;
    const parent = segments.slice(0, last).join('/');
    siblings.set(parent, (siblings.get(parent) ?? new Set()).add(segments[last]!));
  }
  const kinds = new Map<string, { pages: number; largest: string; largestBytes: number }>();
  urls.forEach(({ url, bytes }, i) => {
    const segments = [...firstPass[i]!];
    const last = segments.length - 2;
    if (last >= 1 && !segments[last]!.startsWith('[') && (siblings.get(segments.slice(0, last).join('/'))?.size ?? 0) >= 5)
      segments[last] = '[*]';
    const pattern = segments.join('/');
    const kind = kinds.get(pattern);
    if (!kind) kinds.set(pattern, { pages: 1, largest: url, largestBytes: bytes });
    else {
      kind.pages++;
      if (bytes > kind.largestBytes) Object.assign(kind, { largest: url, largestBytes: bytes });
    }
  });
  return [...kinds].map(([pattern, kind]) => ({ pattern, ...kind })).sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** `plans/a/index.html` → `/plans/a/`; `404.html` → `/404.html`. */
function urlPath(file: string): string {
  return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

function listFiles(root: string): Array<{ path: string; bytes: number }> {
  const out: Array<{ path: string; bytes: number }> = [];
  if (!existsSync(root)) return out;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push({ path: relative(root, path).split(sep).join('/'), bytes: statSync(path).size });
    }
  };
  walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
