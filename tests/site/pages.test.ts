import { existsSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { numberedTitle } from '../../src/lib/labels.ts';
import { anchorPath, CATALOGUE_PATH, chapterPath, planPath } from '../../src/lib/paths.ts';
import { builtFile, builtSites, collapse, readPage, selectOne, textOf } from './built-site.ts';

describe.each(builtSites())('%s', (_, { contentDir, distDir }) => {
  const plans = readPlans(contentDir);
  const hrefsOn = (urlPath: string): string[] => selectAll('a[href]', readPage(distDir, urlPath)).map((a) => String(a.properties.href));

  test('the ingest produced plans to build', () => {
    expect(plans.length).toBeGreaterThan(0);
  });

  test('the catalogue links to every plan’s cover', () => {
    expect(hrefsOn(CATALOGUE_PATH)).toEqual(expect.arrayContaining(plans.map((plan) => planPath(plan.id))));
  });

  test('every page is Chinese, with one h1', () => {
    const paths = [CATALOGUE_PATH, '/404.html', ...plans.flatMap((plan) => [planPath(plan.id), chapterPath(plan.id, 1)])];
    for (const path of paths) {
      const page = readPage(distDir, path);
      expect(selectOne('html', page).properties.lang, path).toBe('zh-CN');
      expect(selectAll('h1', page), path).toHaveLength(1);
    }
  });

  describe.each(plans)('$id', (plan) => {
    test('has a cover with its title, preamble and a link to every chapter and section', () => {
      const cover = readPage(distDir, planPath(plan.id));
      expect(textOf(selectOne('h1', cover))).toBe(plan.title);
      const text = textOf(cover);
      for (const paragraph of plan.preamble) expect(text).toContain(collapse(paragraph));
      const links = hrefsOn(planPath(plan.id));
      for (const chapter of plan.chapters) {
        expect(links).toContain(chapterPath(plan.id, chapter.n));
        for (const section of chapter.sections) expect(links).toContain(anchorPath(plan.id, chapter.n, section.anchor));
      }
    });

    test('has a page per chapter, at its url, headed by its number and title, linked to its neighbours', () => {
      for (const [i, chapter] of plan.chapters.entries()) {
        const path = chapterPath(plan.id, chapter.n);
        expect(chapter.url).toBe(path);
        expect(existsSync(builtFile(distDir, path)), path).toBe(true);
        const page = readPage(distDir, path);
        expect(textOf(selectOne('h1', page))).toBe(collapse(numberedTitle(chapter.number, chapter.title)));
        const prev = plan.chapters[i - 1];
        const next = plan.chapters[i + 1];
        expect(select('a[rel=prev]', page)?.properties.href ?? null, path).toBe(prev ? chapterPath(plan.id, prev.n) : null);
        expect(select('a[rel=next]', page)?.properties.href ?? null, path).toBe(next ? chapterPath(plan.id, next.n) : null);
      }
    });
  });
});
