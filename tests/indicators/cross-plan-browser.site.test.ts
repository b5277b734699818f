/**
 * The pages across plans in Chromium at a phone's width: nothing widens the page, and axe finds no
 * accessibility violation. Every indicator page, the 专栏 index and its filtered pages, /data/.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { newestFirst } from '../../src/lib/catalogue.ts';
import { columnsIndex } from '../../src/lib/columns-index/columns-index.ts';
import { COLUMNS_PATH, INDICATORS_PATH, OPEN_DATA_PATH, indicatorPath, planColumnsPath } from '../../src/lib/paths.ts';
import { groupIndicators } from '../../src/lib/indicators/group-indicators.ts';
import { axeViolations } from '../site/axe.ts';
import { openSite, type BrowserSite } from '../site/browser-site.ts';

const { contentDir, distDir } = inject('plansSite');
const plans = newestFirst(readPlans(contentDir));
const PHONE = { width: 390, height: 844 };
const paths = [
  INDICATORS_PATH,
  ...groupIndicators(plans).map((group) => indicatorPath(group.id)),
  COLUMNS_PATH,
  ...columnsIndex(plans).map(({ plan }) => planColumnsPath(plan.id)),
  OPEN_DATA_PATH,
];

let site: BrowserSite;

beforeAll(async () => {
  site = await openSite(distDir, PHONE);
});

afterAll(async () => {
  await site?.close();
});

test.each(paths)(`%s at ${PHONE.width} px: no sideways scroll, no axe violation`, async (path) => {
  const response = await site.page.goto(site.url(path));
  expect(response?.status()).toBe(200);
  expect(await site.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  expect(await axeViolations(site.page)).toEqual([]);
});
