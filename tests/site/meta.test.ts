/** Each page's head: title, description, canonical URL, Open Graph and Twitter tags, for search results and link previews. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { PNG } from 'pngjs';
import { select } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { siteUrl } from '../../src/lib/build-env.ts';
import { chapterDescription, firstSentence } from '../../src/lib/description.ts';
import { numberedTitle } from '../../src/lib/labels.ts';
import { CATALOGUE_PATH, chapterPath, pageImagePath, planPath } from '../../src/lib/paths.ts';
import { builtSites, readPage, textOf } from './built-site.ts';
import { htmlPages } from './page-kinds.ts';

const meta = (page: Root, selector: string): string | null => {
  const element = select(selector, page);
  return element ? String(element.properties.content ?? element.properties.href) : null;
};

describe.each(builtSites())('%s', (_, { contentDir, distDir }) => {
  const plans = readPlans(contentDir);
  const absolute = (path: string) => new URL(path, siteUrl()).href;

  test('every page has a title, a description and the site name, and all but the 404 page a canonical URL', () => {
    for (const path of htmlPages(distDir)) {
      const page = readPage(distDir, path);
      expect(textOf(select('title', page) ?? page), path).toMatch(/\S · PlanPress$/);
      expect(meta(page, 'meta[name=description]'), path).toBeTruthy();
      if (path === '/404.html') {
        expect(meta(page, 'meta[name=robots]')).toBe('noindex');
        expect(meta(page, 'link[rel=canonical]')).toBeNull();
      } else {
        expect(meta(page, 'link[rel=canonical]'), path).toBe(absolute(path));
        expect(meta(page, 'meta[property="og:url"]'), path).toBe(absolute(path));
      }
    }
  });

  test('the catalogue describes the site', () => {
    const page = readPage(distDir, CATALOGUE_PATH);
    expect(meta(page, 'meta[property="og:type"]')).toBe('website');
    expect(meta(page, 'meta[property="og:title"]')).toBe('规划目录');
  });

  test.each(plans)('$id: its cover and chapters have their titles and first sentences in the preview tags', (plan) => {
    const cover = readPage(distDir, planPath(plan.id));
    expect(meta(cover, 'meta[property="og:title"]')).toBe(plan.title);
    if (plan.preamble[0]) expect(meta(cover, 'meta[name=description]')).toBe(firstSentence(plan.preamble[0]));
    for (const chapter of plan.chapters) {
      const page = readPage(distDir, chapterPath(plan.id, chapter.n));
      const title = `${numberedTitle(chapter.number, chapter.title)} · ${plan.title}`;
      expect(textOf(select('title', page) ?? page)).toBe(`${title} · PlanPress`);
      expect(meta(page, 'meta[property="og:title"]')).toBe(title);
      expect(meta(page, 'meta[property="og:type"]')).toBe('article');
      expect(meta(page, 'meta[property="og:site_name"]')).toBe('PlanPress');
      expect(meta(page, 'meta[property="og:locale"]')).toBe('zh_CN');
      expect(meta(page, 'meta[name=description]')).toBe(chapterDescription(chapter));
      expect(meta(page, 'meta[property="og:description"]')).toBe(chapterDescription(chapter));
      expect(meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    }
  });

  test.each(plans)('$id: its cover and every chapter have an og:image, a 1200×630 PNG in the build', (plan) => {
    for (const path of [planPath(plan.id), ...plan.chapters.map((chapter) => chapterPath(plan.id, chapter.n))]) {
      const image = meta(readPage(distDir, path), 'meta[property="og:image"]');
      expect(image, path).toBe(absolute(pageImagePath(path, 'og')));
      const png = PNG.sync.read(readFileSync(join(distDir, pageImagePath(path, 'og'))));
      expect([png.width, png.height], path).toEqual([1200, 630]);
      expect(meta(readPage(distDir, path), 'meta[property="og:image:width"]')).toBe('1200');
    }
  });
});
