/** The built site in Chromium at a phone's width: nothing widens the page, wide tables scroll in their box. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, type Chromium } from '../../scripts/site/chromium.ts';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { serveStatic, type StaticServer } from '../../scripts/site/static-server.ts';
import { CATALOGUE_PATH, chapterPath, planPath } from '../../src/lib/paths.ts';

const { contentDir, distDir } = inject('plansSite');
const plans = readPlans(contentDir);
const PHONE = { width: 390, height: 844 };

/** The table with the most columns in any plan: the one most likely to be wider than a phone. */
const widest = plans
  .flatMap((plan) => plan.tables.map((table) => ({ plan, table })))
  .sort((a, b) => b.table.header.length - a.table.header.length)[0];
if (!widest) throw new Error('No plan has a table: the browser test needs one to scroll.');

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

describe(`at ${PHONE.width} px`, () => {
  test.each([
    ['the catalogue', CATALOGUE_PATH],
    ['a cover', planPath(widest.plan.id)],
    ['the chapter with the widest table', chapterPath(widest.plan.id, widest.table.chapter)],
  ])('%s does not scroll sideways', async (_, path) => {
    const response = await page.goto(new URL(path, server.url).href);
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  test(`${widest.plan.id} ${widest.table.anchor} scrolls inside its box`, async () => {
    await page.goto(new URL(chapterPath(widest.plan.id, widest.table.chapter), server.url).href);
    const box = page.locator(`[id="${widest.table.anchor}"] .table-scroll`);
    const before = await box.evaluate((element) => ({
      overflow: element.scrollWidth - element.clientWidth,
      right: element.getBoundingClientRect().right,
    }));
    expect(before.overflow, 'the table is wider than its box').toBeGreaterThan(0);
    expect(before.right).toBeLessThanOrEqual(PHONE.width);

    const scrolled = await box.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
      return { box: element.scrollLeft, page: window.scrollX, pageWidth: document.documentElement.scrollWidth };
    });
    expect(scrolled.box).toBe(before.overflow);
    expect(scrolled.page).toBe(0);
    expect(scrolled.pageWidth).toBeLessThanOrEqual(PHONE.width);
  });
});
