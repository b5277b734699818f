import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printKey, restorePdf, storePdf } from '../../scripts/site/pdf-cache.ts';

let dir: string;
let site: string;
let cache: string;
const page = () => join(site, 'plans', 'zhangye-2026-2030', 'all', 'index.html');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
  site = join(dir, 'site');
  cache = join(dir, 'cache');
  mkdirSync(join(site, 'plans', 'zhangye-2026-2030', 'all'), { recursive: true });
  mkdirSync(join(site, '_astro'), { recursive: true });
  writeFileSync(join(site, '_astro', 'Base.css'), '@media print { nav { display: none } }');
  writeFileSync(page(), '<link rel="stylesheet" href="/_astro/Base.css"><h1>张掖市“十五五”教育发展规划</h1>');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the whole-plan PDF cache', () => {
  it('gives back the PDF printed from the same page and stylesheets', () => {
    const key = printKey(site, page());
    writeFileSync(join(dir, 'printed.pdf'), '%PDF-1.4 zhangye');
    storePdf(cache, 'zhangye-2026-2030', key, join(dir, 'printed.pdf'));
    expect(restorePdf(cache, 'zhangye-2026-2030', printKey(site, page()), join(dir, 'restored.pdf'))).toBe(true);
    expect(readFileSync(join(dir, 'restored.pdf'), 'utf8')).toBe('%PDF-1.4 zhangye');
  });

  it('prints again when the page or a stylesheet it links changed', () => {
    const key = printKey(site, page());
    writeFileSync(join(dir, 'printed.pdf'), '%PDF-1.4 zhangye');
    storePdf(cache, 'zhangye-2026-2030', key, join(dir, 'printed.pdf'));

    writeFileSync(join(site, '_astro', 'Base.css'), '@media print { nav { display: block } }');
    expect(printKey(site, page())).not.toBe(key);
    expect(restorePdf(cache, 'zhangye-2026-2030', printKey(site, page()), join(dir, 'restored.pdf'))).toBe(false);

    writeFileSync(join(site, '_astro', 'Base.css'), '@media print { nav { display: none } }');
    expect(printKey(site, page())).toBe(key);
    writeFileSync(page(), '<link rel="stylesheet" href="/_astro/Base.css"><h1>张掖市“十五五”教育发展规划（修订）</h1>');
    expect(restorePdf(cache, 'zhangye-2026-2030', printKey(site, page()), join(dir, 'restored.pdf'))).toBe(false);
  });

  it('has nothing for a plan never printed', () => {
    expect(restorePdf(cache, 'dongli-2021-2025', printKey(site, page()), join(dir, 'restored.pdf'))).toBe(false);
  });
});
