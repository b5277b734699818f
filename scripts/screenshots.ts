/**
 * `node scripts/screenshots.ts [--dist DIR] [--content DIR] [--out DIR]`: screenshots of a built
 * site (run `npm run build` first) at a phone's and a desktop's width, light and dark, for a
 * person to look at: the catalogue, a cover, the whole-plan page, the top of a chapter, a chapter
 * with a section's share menu open, an indicator table, a task list, a featured column in their
 * chapters, and an indicator's chart. `npm run screenshots -- --out docs/screenshots`
 * refreshes the committed set.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './site/chromium.ts';
import { readPlans } from './site/read-plans.ts';
import { serveStatic } from './site/static-server.ts';
import { newestFirst } from '../src/lib/catalogue.ts';
import { groupIndicators } from '../src/lib/indicators/group-indicators.ts';
import { anchorPath, CATALOGUE_PATH, indicatorPath, pagePath, planPath, wholePlanPath } from '../src/lib/paths.ts';
import type { Plan, Table } from '../src/lib/plan-schema.ts';

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    content: { type: 'string', default: 'content/plans' },
    out: { type: 'string', default: 'tmp/screenshots' },
  },
});

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'] as const;

// 1. Choose the pages: the indicator table with the most to show (merged cells, 约束性/预期性),
//    a task list, and the first featured column, each in its chapter.
const plans = readPlans(options.content);
const tables = plans.flatMap((plan) => plan.tables.map((table) => ({ plan, table })));
const showing = ({ table }: { table: Table }) =>
  Number(table.spans.length > 0) + Number(table.indicators.some((indicator) => indicator.attribute));
const indicator = tables.filter(({ table }) => table.kind === 'indicator').sort((a, b) => showing(b) - showing(a))[0];
const taskList = tables.find(({ table }) => table.kind === 'task-list');
const column = plans.flatMap((plan) => plan.columns.map((target) => ({ plan, target })))[0];
const cover: Plan | undefined = indicator?.plan ?? plans[0];
if (!cover) throw new Error(`No plans under ${options.content}: run \`npm run build\` first.`);
/** A shot, and what to press before taking it. */
const shots: { name: string; path: string; press?: string }[] = [
  { name: 'catalogue', path: CATALOGUE_PATH },
  { name: 'cover', path: planPath(cover.id) },
  { name: 'whole-plan', path: wholePlanPath(cover.id) },
];
if (indicator) {
  const { plan, table } = indicator;
  shots.push({ name: 'chapter', path: pagePath(plan.id, table.chapter) });
  shots.push({ name: 'table', path: anchorPath(plan.id, table.chapter, table.anchor) });
  const section = plan.chapters.find((chapter) => chapter.n === table.chapter)?.sections[0];
  if (section)
    shots.push({
      name: 'share',
      path: anchorPath(plan.id, table.chapter, section.anchor),
      press: `[id="${section.anchor}"] .share-button`,
    });
}
if (taskList) shots.push({ name: 'task-list', path: anchorPath(taskList.plan.id, taskList.table.chapter, taskList.table.anchor) });
// The chart with the most plans on it, preferring one with a bound (东丽 >99).
const chart = groupIndicators(newestFirst(plans))
  .map((group) => ({ group, score: group.plans.length * 2 + Number(group.records.some((record) => record.indicator.target?.comparator)) }))
  .sort((a, b) => b.score - a.score)[0];
if (chart) shots.push({ name: 'chart', path: indicatorPath(chart.group.id) });
if (column) shots.push({ name: 'column', path: anchorPath(column.plan.id, column.target.chapter, column.target.anchor) });

// 2. Serve the site and take every shot at every width in every colour scheme.
mkdirSync(options.out, { recursive: true });
const server = await serveStatic(options.dist);
const chromium = await launchChromium();
try {
  const page = await chromium.context.newPage();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      for (const shot of shots) {
        await page.goto(new URL(shot.path, server.url).href);
        if (shot.press) {
          await page.locator(shot.press).first().click();
          await page.locator('.share-menu img').evaluate((img: HTMLImageElement) => img.decode());
        }
        const file = join(options.out, `${shot.name}-${viewport.width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
    }
  }
} finally {
  await chromium.close();
  await server.close();
}
