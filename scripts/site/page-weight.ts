/**
 * The weight of a built page as a reader's browser fetches it: its HTML plus every stylesheet and
 * script it references (following module imports), raw and gzipped, against the UTF-8 bytes of
 * the text a reader sees on it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/**
 * At most these multiples of the page's text bytes. Issue 3 set 1.6× raw and 0.6× gzip; issue 12
 * raised them to 1.7× and 0.62× for the largest chapter's +2.3 KB raw (+0.6 KB gzip): phone cards
 * for indicator tables, the share menu and its QR image, the header's sections, the phone's slim
 * bar, the current-section marker, and the print rules (figures in the closing note).
 */
export const BUDGET = { raw: 1.7, gzip: 0.62 } as const;

/** gzip at zlib's default level 6, as web servers and CDNs commonly serve. */
const GZIP_LEVEL = 6;

export interface PageWeight {
  /** URL path of the page. */
  path: string;
  /** Every file counted: the page, then its stylesheets and scripts, each raw and gzipped. */
  files: { path: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
  /** UTF-8 bytes of the page's visible text, whitespace runs collapsed. */
  text: number;
  rawRatio: number;
  gzipRatio: number;
}

/** Weighs the page at `urlPath` (`/a/` is `a/index.html`) of the site built in `distDir`. */
export function pageWeight(distDir: string, urlPath: string): PageWeight {
  const htmlPath = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  const html = readBuilt(distDir, htmlPath);
  const tree = fromHtml(html.toString('utf8'));
  const assets = new Set<string>();
  for (const path of referencedAssets(tree, urlPath)) collectAsset(distDir, path, assets);
  const files = [htmlPath, ...assets].map((path) => {
    const bytes = readBuilt(distDir, path);
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: GZIP_LEVEL }).length };
  });
  const raw = sum(files.map((file) => file.raw));
  const gzip = sum(files.map((file) => file.gzip));
  const text = Buffer.byteLength(visibleText(tree), 'utf8');
  return { path: urlPath, files, raw, gzip, text, rawRatio: raw / text, gzipRatio: gzip / text };
}

/** The text of the body as a reader sees it: no scripts or styles, whitespace runs as one space. */
export function visibleText(tree: Root): string {
  const body = select('body', tree) ?? tree;
  return toText(body).replace(/\s+/g, ' ').trim();
}

/** Stylesheets, scripts and module preloads on the page, as site paths. */
function referencedAssets(tree: Root, pagePath: string): string[] {
  const hrefs = [
    ...selectAll('link[rel~=stylesheet][href], link[rel~=modulepreload][href]', tree).map((element: Element) =>
      String(element.properties.href),
    ),
    ...selectAll('script[src]', tree).map((element: Element) => String(element.properties.src)),
  ];
  return hrefs.flatMap((href) => localPath(href, pagePath));
}

/** A file and, for a script, the modules it imports statically, each once. */
function collectAsset(distDir: string, path: string, seen: Set<string>): void {
  if (seen.has(path)) return;
  seen.add(path);
  if (!path.endsWith('.js') && !path.endsWith('.mjs')) return;
  const code = readBuilt(distDir, path).toString('utf8');
  for (const match of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
    for (const imported of localPath(match[1] ?? '', path)) collectAsset(distDir, imported, seen);
  }
}

function localPath(href: string, from: string): string[] {
  const url = new URL(href, new URL(from, 'http://site.invalid'));
  return url.origin === 'http://site.invalid' ? [url.pathname] : [];
}

function readBuilt(distDir: string, path: string): Buffer {
  const file = join(distDir, path);
  if (!existsSync(file)) throw new Error(`${path} is referenced but not in ${distDir}.`);
  return readFileSync(file);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
