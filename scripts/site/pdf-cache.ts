/**
 * Whole-plan PDFs kept between builds. Printing costs about half a second of CPU per plan, so a
 * plan whose whole-plan page is unchanged — its HTML and the stylesheets it links, byte for byte —
 * gets the PDF printed last time. One entry per plan (`<id>.pdf` and the key it was printed
 * from), so the cache holds at most one PDF per plan.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the printed PDF depends on: the page's HTML and every stylesheet it links from the site. */
export function printKey(site: string, pageFile: string): string {
  const html = readFileSync(pageFile);
  const hash = createHash('sha256').update(html);
  for (const [, href] of html.toString('utf8').matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/gu)) {
    const css = join(site, href!);
    hash.update(`\0${href}\0`);
    if (existsSync(css)) hash.update(readFileSync(css));
  }
  return hash.digest('hex');
}

/** Copies the cached PDF of `planId` to `target` if it was printed from `key`; says whether it did. */
export function restorePdf(cacheDir: string, planId: string, key: string, target: string): boolean {
  const keyFile = join(cacheDir, `${planId}.key`);
  if (!existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key) return false;
  copyFileSync(join(cacheDir, `${planId}.pdf`), target);
  return true;
}

/** Keeps a freshly printed PDF for the next build. */
export function storePdf(cacheDir: string, planId: string, key: string, printed: string): void {
  mkdirSync(cacheDir, { recursive: true });
  copyFileSync(printed, join(cacheDir, `${planId}.pdf`));
  writeFileSync(join(cacheDir, `${planId}.key`), key);
}
