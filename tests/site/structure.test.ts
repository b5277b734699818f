/** What every page and every chapter page is made of: headings in order, sharing hooks, and only its own plan's links. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { siteUrl } from '../../src/lib/build-env.ts';
import { chapterOutline, outlineText } from '../../src/lib/chapter-outline.ts';
import {
  chapterLabels,
  chapterLocator,
  columnLocator,
  paragraphLocator,
  placeLabels,
  sectionLocator,
  tableLocator,
} from '../../src/lib/citation.ts';
import { indicatorAttribute } from '../../src/lib/indicator-attribute.ts';
import { anchorPath, CATALOGUE_PATH, chapterPath, pageImagePath, pagePath, planPath, tableCsvPath } from '../../src/lib/paths.ts';
import { groupPath, groupsOpeningOn } from '../../src/lib/plan-tree.ts';
import type { Paragraph } from '../../src/lib/plan-schema.ts';
import { chapterShowsRestored, coverShowsRestored, RESTORED_NOTE_ID, RESTORED_TITLE } from '../../src/lib/restored-numbers.ts';
import { builtSites, collapse, readPage, selectOne, textOf } from './built-site.ts';
import { htmlPages } from './page-kinds.ts';

/** Heading levels in document order. */
const headingLevels = (page: Root): number[] => selectAll('h1, h2, h3, h4, h5, h6', page).map((heading) => Number(heading.tagName[1]));

describe.each(builtSites())('%s', (_, { contentDir, distDir }) => {
  const plans = readPlans(contentDir);

  test('every page is Chinese, has one h1, first, and headings that never skip a level', () => {
    for (const path of htmlPages(distDir)) {
      const page = readPage(distDir, path);
      expect(selectOne('html', page).properties.lang, path).toBe('zh-CN');
      const levels = headingLevels(page);
      expect(
        levels.filter((level) => level === 1),
        path,
      ).toHaveLength(1);
      expect(levels[0], path).toBe(1);
      const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
      expect(skips, path).toEqual([]);
    }
  });

  test('every page has a skip link to its main landmark, and the header search form', () => {
    for (const path of htmlPages(distDir)) {
      const page = readPage(distDir, path);
      expect(selectOne('a.skip-link', page).properties.href, path).toBe('#main');
      expect(selectOne('main', page).properties.id, path).toBe('main');
      expect(selectOne('header form[role=search]', page).properties.action, path).toBe('/search/');
    }
  });

  describe.each(plans)('$id', (plan) => {
    test('each chapter page links only to its own plan’s pages (its chapter list has no other plan)', () => {
      for (const chapter of plan.chapters) {
        const hrefs = selectAll('a[href^="/plans/"]', readPage(distDir, chapterPath(plan.id, chapter.n))).map((a) =>
          String(a.properties.href),
        );
        expect(hrefs.filter((href) => !href.startsWith(planPath(plan.id)))).toEqual([]);
        const listed = selectAll('.chapter-list li:not(.tree-group) > a', readPage(distDir, chapterPath(plan.id, chapter.n)));
        expect(listed.map((a) => a.properties.href)).toEqual(plan.chapters.map((other) => chapterPath(plan.id, other.n)));
        expect(listed.filter((a) => a.properties.ariaCurrent === 'page').map((a) => a.properties.href)).toEqual([
          chapterPath(plan.id, chapter.n),
        ]);
      }
    });

    test('each chapter page has breadcrumbs through its groups and an "on this page" list of the groups it opens, its sections, tables and columns', () => {
      for (const chapter of plan.chapters) {
        const page = readPage(distDir, chapterPath(plan.id, chapter.n));
        const groups = groupPath(plan.groups, chapter.group).map((group) => anchorPath(plan.id, group.firstChapter, group.anchor));
        expect(selectAll('.breadcrumbs a', page).map((a) => a.properties.href)).toEqual([CATALOGUE_PATH, planPath(plan.id), ...groups]);
        const outline = chapterOutline(plan, chapter, groupsOpeningOn(plan.groups, chapter.n));
        const links = selectAll('details.on-page a', page);
        expect(links.map((a) => a.properties.href)).toEqual(
          outline.flatMap((entry) => [entry, ...entry.children]).map((entry) => `#${entry.anchor}`),
        );
        expect(links.map(textOf)).toEqual(
          outline.flatMap((entry) => [entry, ...entry.children]).map((entry) => collapse(outlineText(entry))),
        );
      }
    });

    test('every section, numbered paragraph, table and column carries its citation locator; the chapter carries the plan’s title', () => {
      for (const chapter of plan.chapters) {
        const page = readPage(distDir, chapterPath(plan.id, chapter.n));
        const cite = (id: string) => selectOne(`[id="${id}"]`, page).properties.dataCite;
        expect(selectOne('[data-plan-title]', page).properties.dataPlanTitle).toBe(plan.title);
        expect(selectOne('section.share', page).properties.dataCite).toBe(chapterLocator(plan, chapter));
        for (const section of chapter.sections) {
          expect(cite(section.anchor)).toBe(sectionLocator(chapterLabels(plan, chapter), section));
          for (const block of section.blocks.filter((b): b is Paragraph => b.type === 'paragraph')) {
            expect(cite(block.anchor)).toBe(block.number ? paragraphLocator(chapterLabels(plan, chapter), section, block) : undefined);
          }
        }
      }
      for (const table of plan.tables) {
        expect(selectOne(`[id="${table.anchor}"]`, readPage(distDir, pagePath(plan.id, table.chapter))).properties.dataCite).toBe(
          tableLocator(placeLabels(plan, table), table),
        );
      }
      for (const column of plan.columns) {
        expect(selectOne(`[id="${column.anchor}"]`, readPage(distDir, pagePath(plan.id, column.chapter))).properties.dataCite).toBe(
          columnLocator(placeLabels(plan, column), column),
        );
      }
    });

    test('its cover and each chapter page show their QR code as a PNG beside the page, with a name, that decodes to the page’s URL', () => {
      for (const path of [planPath(plan.id), ...plan.chapters.map((chapter) => chapterPath(plan.id, chapter.n))]) {
        const img = selectOne('section.share img.qr', readPage(distDir, path));
        expect(img.properties.src, path).toBe(pageImagePath(path, 'qr'));
        expect(img.properties.alt).toBe('本页网址的二维码');
        const png = PNG.sync.read(readFileSync(join(distDir, pageImagePath(path, 'qr'))));
        expect([png.width, png.height]).toEqual([Number(img.properties.width), Number(img.properties.height)]);
        expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, path).toBe(new URL(path, siteUrl()).href);
      }
    });

    test('each table links its CSV, and shows 约束性 / 预期性 as badges', () => {
      for (const table of plan.tables) {
        const element = selectOne(`[id="${table.anchor}"]`, readPage(distDir, pagePath(plan.id, table.chapter)));
        expect(selectOne('.tools a', element).properties.href).toBe(tableCsvPath(plan.id, table.n));
        const badges = selectAll('td .badge', element).map((badge: Element) => [
          textOf(badge),
          String((badge.properties.className as string[])[1]),
        ]);
        const expected =
          table.kind === 'indicator'
            ? table.rows.flat().flatMap((cell) => (indicatorAttribute(cell) ? [[collapse(cell), indicatorAttribute(cell)]] : []))
            : [];
        expect(badges).toEqual(expected);
      }
      const coverLinks = selectAll('a[href]', readPage(distDir, planPath(plan.id))).map((a) => a.properties.href);
      expect(coverLinks).toEqual(expect.arrayContaining(plan.tables.map((table) => tableCsvPath(plan.id, table.n))));
    });

    test('a page showing a restored number explains the mark: a title on the label and a note on the page', () => {
      const pages = [
        { path: planPath(plan.id), shows: coverShowsRestored(plan) },
        ...plan.chapters.map((chapter) => ({ path: chapterPath(plan.id, chapter.n), shows: chapterShowsRestored(plan, chapter) })),
      ];
      for (const { path, shows } of pages) {
        const page = readPage(distDir, path);
        expect(selectAll('.num.restored:not([aria-hidden])', page).length > 0, path).toBe(shows);
        expect(Boolean(select(`[id="${RESTORED_NOTE_ID}"]`, page)), path).toBe(shows);
        for (const mark of selectAll(
          'h1 .num.restored, article .num.restored:not([aria-hidden]), .toc .num.restored, .objects .num.restored',
          page,
        )) {
          expect(mark.properties.title, path).toBe(RESTORED_TITLE);
        }
      }
    });
  });
});
