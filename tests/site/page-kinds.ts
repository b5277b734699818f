/** The kinds of page a built site has, found from its files, so that checks cover pages added later too. */
import { statSync } from 'node:fs';
import { builtFile, builtPaths } from './built-site.ts';

/** URL paths of every HTML page of the site: `/a/` for `a/index.html`, and `/404.html`. */
export function htmlPages(distDir: string): string[] {
  return builtPaths(distDir).filter((path) => path.endsWith('/') || path.endsWith('.html'));
}

/**
 * A page's kind: its first path segment, with every later segment as `*` (`/plans/*\/*\/` is a
 * chapter, `/indicators/*\/` an indicator page), so that one page of each kind can stand for all.
 */
export function pageKind(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  // A fixed segment of the URL scheme names a kind of its own: `/plans/*/all/` is the whole plan, not a chapter.
  const kindOf = (segment: string) => (FIXED_SEGMENTS.has(segment) ? segment : '*');
  return `/${[segments[0], ...segments.slice(1).map(kindOf)].join('/')}${path.endsWith('/') ? '/' : ''}`;
}

const FIXED_SEGMENTS = new Set(['all', 'regions']);

/** One page of each kind: the largest, which has the most of what the kind can show. */
export function pageOfEachKind(distDir: string): { kind: string; path: string }[] {
  const byKind = new Map<string, { path: string; size: number }>();
  for (const path of htmlPages(distDir)) {
    const kind = pageKind(path);
    const size = statSync(builtFile(distDir, path)).size;
    const best = byKind.get(kind);
    if (!best || size > best.size) byKind.set(kind, { path, size });
  }
  return [...byKind].map(([kind, { path }]) => ({ kind, path })).sort((a, b) => a.kind.localeCompare(b.kind));
}
