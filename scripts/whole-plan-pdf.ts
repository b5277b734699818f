/**
 * The last step of `npm run build`: each plan's whole-plan page (`/plans/<id>/all/`) printed to
 * `/plans/<id>/<id>.pdf` with Chromium, A4, as the print stylesheet lays it out. Skipped with a
 * message where Chromium is absent or PLANPRESS_NO_PDF is set (the cover then links no PDF). A plan
 * whose whole-plan page is unchanged since the last build gets the PDF printed then
 * (scripts/site/pdf-cache.ts, in `<PLANPRESS_CACHE_DIR or node_modules/.astro>/planpress-pdf/`).
 *
 *   node scripts/whole-plan-pdf.ts
 */
import { join } from 'node:path';
import { cacheDir, contentDir, outDir } from '../src/lib/build-env.ts';
import { wholePlanPath, wholePlanPdfPath } from '../src/lib/paths.ts';
import { pdfAvailable } from '../src/lib/whole-plan-pdf.ts';
import { launchChromium } from './site/chromium.ts';
import { printKey, restorePdf, storePdf } from './site/pdf-cache.ts';
import { readPlans } from './site/read-plans.ts';
import { serveStatic } from './site/static-server.ts';

const started = performance.now();
const site = outDir();
const plans = readPlans(contentDir());
const pdfCache = join(cacheDir(), 'planpress-pdf');

if (!pdfAvailable()) {
  console.log('pdf: skipped (no Chromium at /usr/bin/chromium, or PLANPRESS_NO_PDF set); covers link no PDF.');
} else {
  // Chromium starts only if some plan's page changed since its PDF was printed.
  const queue = plans
    .map((plan) => ({
      id: plan.id,
      pdf: join(site, wholePlanPdfPath(plan.id)),
      key: printKey(site, join(site, wholePlanPath(plan.id), 'index.html')),
    }))
    .filter((plan) => !restorePdf(pdfCache, plan.id, plan.key, plan.pdf));
  const reused = plans.length - queue.length;
  if (queue.length > 0) await printAll(queue);
  console.log(
    `pdf: ${plans.length} whole-plan PDFs (${reused} unchanged since the last build) in ${Math.round(performance.now() - started)} ms`,
  );
}

async function printAll(queue: { id: string; pdf: string; key: string }[]): Promise<void> {
  const server = await serveStatic(site);
  const chromium = await launchChromium();
  try {
    // Two pages at a time: Chromium lays out one while it writes the other.
    const printNext = async (): Promise<void> => {
      const page = await chromium.context.newPage();
      for (let plan = queue.shift(); plan; plan = queue.shift()) {
        await page.goto(new URL(wholePlanPath(plan.id), server.url).href, { waitUntil: 'load' });
        await page.pdf({ path: plan.pdf, format: 'A4', printBackground: false, preferCSSPageSize: true });
        storePdf(pdfCache, plan.id, plan.key, plan.pdf);
      }
      await page.close();
    };
    await Promise.all([printNext(), printNext()]);
  } finally {
    await chromium.close();
    await server.close();
  }
}
