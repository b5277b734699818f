/** Reading a built site the way a browser would find it: URL paths in, parsed pages out. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { inject } from 'vitest';

/** A site built by the global setup: the ingest's output and the static site built from it. */
export interface BuiltSite {
  contentDir: string;
  distDir: string;
}

/** Both sites the global setup built, by name, for tests that hold for any plan. */
export function builtSites(): [name: string, site: BuiltSite][] {
  return [
    ['real plans', inject('plansSite')],
    ['fixture', inject('fixtureSite')],
  ];
}

/** The file a site URL path names: `/a/` is `a/index.html` (directory build format). */
export function builtFile(distDir: string, urlPath: string): string {
  return join(distDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

/** URL paths of every file in the built site, pages as `/a/` rather than `/a/index.html`. */
export function builtPaths(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

const pages = new Map<string, Root>();

/** The parsed page at a URL path; parsed once per test file. */
export function readPage(distDir: string, urlPath: string): Root {
  const file = builtFile(distDir, urlPath);
  let page = pages.get(file);
  if (!page) {
    page = fromHtml(readFileSync(file, 'utf8'));
    pages.set(file, page);
  }
  return page;
}

export function readJson(distDir: string, urlPath: string): unknown {
  return JSON.parse(readFileSync(builtFile(distDir, urlPath), 'utf8'));
}

/** The element a selector must find; a miss fails with the selector and the page. */
export function selectOne(selector: string, tree: Root | Element, where = ''): Element {
  const element = select(selector, tree);
  if (!element) throw new Error(`No element matches \`${selector}\`${where ? ` on ${where}` : ''}.`);
  return element;
}

/** An element's text as a reader sees it, whitespace runs collapsed to one space. */
export function textOf(node: Root | Element): string {
  return collapse(toText(node));
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
