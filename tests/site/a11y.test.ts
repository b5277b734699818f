/**
 * axe-core in Chromium on one page of every kind the built site has (the catalogue, a cover, a
 * chapter, the 404 page, and any kind added since), and on every chapter with a table, in the
 * light and the dark scheme, at a desktop's and a phone's width: no violations, contrast included.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, type Chromium } from '../../scripts/site/chromium.ts';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { serveStatic, type StaticServer } from '../../scripts/site/static-server.ts';
import { chapterPath } from '../../src/lib/paths.ts';
import { pageOfEachKind } from './page-kinds.ts';

const { contentDir, distDir } = inject('plansSite');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const kinds = pageOfEachKind(distDir);
const chaptersWithTables = [...new Set(readPlans(contentDir).flatMap((plan) => plan.tables.map((table) => chapterPath(plan.id, table.chapter))))];
const pages = [...kinds.map(({ kind, path }) => ({ name: `${kind} (${path})`, path })), ...chaptersWithTables.map((path) => ({ name: `chapter with a table (${path})`, path }))];

let server: StaticServer;
let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(distDir);
  chromium = await launchChromium();
  page = await chromium.context.newPage();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

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
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto(new URL(path, server.url).href);
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        const { violations } = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } }).axe.run(document);
        return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')})`);
      });
      expect(violations).toEqual([]);
    });
  },
);
