/**
 * The last step of `npm run build`: each plan's whole-plan page (`/plans/<id>/all/`) printed to
 * `/plans/<id>/<id>.pdf` with Chromium, A4, as the print stylesheet lays it out. Skipped with a
 * message where Chromium is absent or PLANPRESS_NO_PDF is set (the cover then links no PDF).
 *
 *   node scripts/whole-plan-pdf.ts
 */
import { join } from 'node:path';
import { contentDir, outDir } from '../src/lib/build-env.ts';
import { wholePlanPath, wholePlanPdfPath } from '../src/lib/paths.ts';
import { pdfAvailable } from '../src/lib/whole-plan-pdf.ts';
import { launchChromium } from './site/chromium.ts';
import { readPlans } from './site/read-plans.ts';
import { serveStatic } from './site/static-server.ts';

const started = performance.now();
const site = outDir();
const plans = readPlans(contentDir());

if (!pdfAvailable()) {
  console.log('pdf: skipped (no Chromium at /usr/bin/chromium, or PLANPRESS_NO_PDF set); covers link no PDF.');
} else {
  const server = await serveStatic(site);
  const chromium = await launchChromium();
  try {
    // Two pages at a time: Chromium lays out one while it writes the other.
    const queue = [...plans];
    const printNext = async (): Promise<void> => {
      const page = await chromium.context.newPage();
      for (let plan = queue.shift(); plan; plan = queue.shift()) {
        await page.goto(new URL(wholePlanPath(plan.id), server.url).href, { waitUntil: 'load' });
        await page.pdf({ path: join(site, wholePlanPdfPath(plan.id)), format: 'A4', printBackground: false, preferCSSPageSize: true });
      }
      await page.close();
    };
    await Promise.all([printNext(), printNext()]);
  } finally {
    await chromium.close();
    await server.close();
  }
  console.log(`pdf: ${plans.length} whole-plan PDFs in ${Math.round(performance.now() - started)} ms`);
}
