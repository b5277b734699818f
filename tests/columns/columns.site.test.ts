/** The 专栏 index as built: every column of every plan, with plan, chapter and title, linking to its place; filterable by plan. */
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { newestFirst } from '../../src/lib/catalogue.ts';
import { columnsIndex } from '../../src/lib/columns-index/columns-index.ts';
import { COLUMNS_PATH, planColumnsPath } from '../../src/lib/paths.ts';
import { columnHeadingText, numberedTitle } from '../../src/lib/labels.ts';
import { builtSites, collapse, readPage, selectOne, textOf } from '../site/built-site.ts';

describe.each(builtSites())('%s', (_, { contentDir, distDir }) => {
  const plans = newestFirst(readPlans(contentDir));
  const index = columnsIndex(plans);
  const listing = (path: string) =>
    selectAll('main section', readPage(distDir, path)).map((section) => ({
      plan: textOf(selectOne('h2', section)),
      columns: selectAll('.column-list > li', section).map((li) => {
        const link = selectOne('a', li);
        return { title: textOf(link), href: String(link.properties.href), place: textOf(selectOne('.column-place', li)) };
      }),
    }));
  const expected = (shown: typeof index) =>
    shown.map(({ plan, entries }) => ({
      plan: collapse(plan.title),
      columns: entries.map(({ column, chapter, href }) => ({
        title: collapse(columnHeadingText(column)),
        href,
        place: expect.stringContaining(chapter ? collapse(numberedTitle(chapter.number, chapter.title)) : '正文之前'),
      })),
    }));

  test('/columns/ lists every column of every plan with its plan, chapter and title', () => {
    expect(listing(COLUMNS_PATH)).toEqual(expected(index));
    expect(listing(COLUMNS_PATH).flatMap((section) => section.columns)).toHaveLength(
      plans.reduce((count, plan) => count + plan.columns.length, 0),
    );
  });

  test('each column links to its place: the aside in its chapter page, headed by its number and title', () => {
    for (const { plan, entries } of index) {
      for (const { column, href } of entries) {
        const url = new URL(href, 'http://site.invalid');
        const aside = selectOne(`[id="${url.hash.slice(1)}"]`, readPage(distDir, url.pathname), href);
        expect(aside.tagName, `${plan.id} ${column.number}`).toBe('aside');
        expect(textOf(selectOne('h2, h3', aside))).toBe(collapse(columnHeadingText(column)));
      }
    }
  });

  test('the filter narrows the index to one plan per page, marking it, with the way back to all plans', () => {
    const filterOn = (path: string) => selectAll('.plan-filter a', readPage(distDir, path));
    for (const shown of index) {
      const path = planColumnsPath(shown.plan.id);
      expect(listing(path)).toEqual(expected([shown]));
      const links = filterOn(path);
      expect(links.map((a) => String(a.properties.href))).toEqual([COLUMNS_PATH, path]);
      expect(links.filter((a) => a.properties.ariaCurrent === 'page').map((a) => a.properties.href)).toEqual([path]);
    }
    if (index.length === 0) expect(textOf(selectOne('main', readPage(distDir, COLUMNS_PATH)))).toContain('都没有专栏');
  });
});
