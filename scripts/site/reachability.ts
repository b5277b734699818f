/**
 * How many clicks a reader needs from the catalogue to each page of a built site: a breadth-first
 * walk over the links of its HTML pages, the way a reader (or a crawler without the sitemap) finds them.
 *
 *   node scripts/site/reachability.ts --dist DIR   # prints the clicks to the farthest plan and any page never reached
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** Clicks from `start` to every page reached, by URL path (`/a/`); a page missing from the map is unreachable. */
export function clicksFrom(distDir: string, start = '/'): Map<string, number> {
  const clicks = new Map([[start, 0]]);
  const queue = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const link of pageLinks(distDir, next)) {
      if (clicks.has(link)) continue;
      clicks.set(link, clicks.get(next)! + 1);
      queue.push(link);
    }
  }
  return clicks;
}

/** The site pages a page links to: internal `href`s to a directory page, fragment dropped, each once. */
export function pageLinks(distDir: string, urlPath: string): string[] {
  const file = join(distDir, urlPath, 'index.html');
  if (!existsSync(file)) return [];
  const html = readFileSync(file, 'utf8');
  const links = new Set<string>();
  // Attribute values in Astro's output are double-quoted; a regex is enough and keeps a 60,000-page walk fast.
  for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
    const path = href!.split('#')[0]!;
    if (path.startsWith('/') && !path.startsWith('//') && path.endsWith('/')) links.add(path);
  }
  return [...links];
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  const clicks = clicksFrom(values.dist);
  const covers = [...clicks].filter(([path]) => /^\/plans\/[^/]+\/$/.test(path));
  const farthest = covers.reduce((most, [, n]) => Math.max(most, n), 0);
  const histogram = new Map<number, number>();
  for (const [, n] of covers) histogram.set(n, (histogram.get(n) ?? 0) + 1);
  console.log(`${clicks.size} pages reached from /; ${covers.length} plan covers, the farthest ${farthest} clicks away`);
  console.log(
    `plan covers by clicks: ${[...histogram]
      .sort(([a], [b]) => a - b)
      .map(([n, count]) => `${n}: ${count}`)
      .join(', ')}`,
  );
}
