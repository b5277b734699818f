/**
 * axe-core in Chromium on one page of every kind the built site has (the catalogue, a cover, a
 * chapter, the 404 page, and any kind added since), and on every chapter with a table, in the
 * light and the dark scheme, at a desktop's and a phone's width: no violations, contrast included.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { pagePath } from '../../src/lib/paths.ts';
import { axeViolations } from './axe.ts';
import { openSite, type BrowserSite } from './browser-site.ts';
import { pageOfEachKind } from './page-kinds.ts';

const { contentDir, distDir } = inject('plansSite');

const kinds = pageOfEachKind(distDir);
const chaptersWithTables = [
  ...new Set(readPlans(contentDir).flatMap((plan) => plan.tables.map((table) => pagePath(plan.id, table.chapter)))),
];
const pages = [
  ...kinds.map(({ kind, path }) => ({ name: `${kind} (${path})`, path })),
  ...chaptersWithTables.map((path) => ({ name: `chapter with a table (${path})`, path })),
];

let site: BrowserSite;

beforeAll(async () => {
  site = await openSite(distDir);
});

afterAll(async () => {
  await site?.close();
});

test('the site has the page kinds this test means to cover', () => {
  expect(kinds.map(({ kind }) => kind)).toEqual(expect.arrayContaining(['/', '/404.html', '/plans/*/', '/plans/*/*/']));
});

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

describe.each((['light', 'dark'] as const).flatMap((colorScheme) => VIEWPORTS.map((viewport) => ({ colorScheme, viewport }))))(
  '$colorScheme scheme at $viewport.width px',
  ({ colorScheme, viewport }) => {
    test.each(pages)('$name has no axe violations', async ({ path }) => {
      await site.page.setViewportSize(viewport);
      await site.page.emulateMedia({ colorScheme });
      await site.page.goto(site.url(path));
      expect(await axeViolations(site.page)).toEqual([]);
    });
  },
);
