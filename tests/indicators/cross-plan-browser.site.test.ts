/**
 * The pages across plans in Chromium at a phone's width: nothing widens the page, and axe finds no
 * accessibility violation. Every indicator page, the 专栏 index and its filtered pages, /data/.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium, type Chromium } from '../../scripts/site/chromium.ts';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { serveStatic, type StaticServer } from '../../scripts/site/static-server.ts';
import { newestFirst } from '../../src/lib/catalogue.ts';
import { columnsIndex } from '../../src/lib/columns-index/columns-index.ts';
import { COLUMNS_PATH, INDICATORS_PATH, OPEN_DATA_PATH, indicatorPath, planColumnsPath } from '../../src/lib/paths.ts';
import { groupIndicators } from '../../src/lib/indicators/group-indicators.ts';

const { contentDir, distDir } = inject('plansSite');
const plans = newestFirst(readPlans(contentDir));
const PHONE = { width: 390, height: 844 };
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const paths = [
  INDICATORS_PATH,
  ...groupIndicators(plans).map((group) => indicatorPath(group.id)),
  COLUMNS_PATH,
  ...columnsIndex(plans).map(({ plan }) => planColumnsPath(plan.id)),
  OPEN_DATA_PATH,
];

let server: StaticServer;
let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(distDir);
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  await page.setViewportSize(PHONE);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

test.each(paths)(`%s at ${PHONE.width} px: no sideways scroll, no axe violation`, async (path) => {
  const response = await page.goto(new URL(path, server.url).href);
  expect(response?.status()).toBe(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
  expect(violations).toEqual([]);
});
