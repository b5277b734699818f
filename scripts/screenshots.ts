/**
 * `node scripts/screenshots.ts [--dist DIR] [--content DIR] [--out DIR]`: screenshots of a built
 * site (run `npm run build` first) at a phone's and a desktop's width, light and dark, for a
 * person to look at: the catalogue, a cover, a chapter, a table and a featured column.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './site/chromium.ts';
import { readPlans } from './site/read-plans.ts';
import { serveStatic } from './site/static-server.ts';
import { anchorPath, CATALOGUE_PATH, chapterPath, planPath } from '../src/lib/paths.ts';

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

// 1. Choose the pages: a table with merged cells (else any) and a featured column, in their chapters.
const plans = readPlans(options.content);
const tables = plans.flatMap((plan) => plan.tables.map((table) => ({ plan, target: table })));
const columns = plans.flatMap((plan) => plan.columns.map((column) => ({ plan, target: column })));
const table = tables.find(({ target }) => target.spans.length > 0) ?? tables[0];
const column = columns[0];
const cover = table?.plan ?? plans[0];
if (!cover) throw new Error(`No plans under ${options.content}: run \`npm run build\` first.`);
const shots = [
  { name: 'catalogue', path: CATALOGUE_PATH, fullPage: true },
  { name: 'cover', path: planPath(cover.id), fullPage: false },
];
if (table) {
  const { plan, target } = table;
  shots.push({ name: 'chapter', path: chapterPath(plan.id, target.chapter), fullPage: false });
  shots.push({ name: 'table', path: anchorPath(plan.id, target.chapter, target.anchor), fullPage: false });
}
if (column) {
  const { plan, target } = column;
  shots.push({ name: 'column', path: anchorPath(plan.id, target.chapter, target.anchor), fullPage: false });
}

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
        const file = join(options.out, `${shot.name}-${viewport.width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: shot.fullPage });
        console.log(file);
      }
    }
  }
} finally {
  await chromium.close();
  await server.close();
}
