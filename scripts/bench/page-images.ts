/**
 * `npm run bench:page-images`: what the PNGs a build draws for every cover and chapter cost,
 * measured, never asserted. The five real plans' cards (each plan's cover, then its chapters, as a
 * build draws them) and their QR codes, drawn --runs times without the cache: CPU time an image
 * (user + system, of this process) and bytes, for the cards as the build draws them (a chapter's
 * rows drawn into its plan's cover card, src/lib/og-png.ts) and as resvg draws and encodes a whole
 * card, for comparison.
 *
 *   node scripts/bench/page-images.ts [--runs 5]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestPlan } from '../ingest/ingest-plan.ts';
import { readPlanSource } from '../read-plan-source.ts';
import { ogCardOf } from '../../src/lib/page-images.ts';
import { ogCardOutlinedSvg, ogCardPng, svgToPng } from '../../src/lib/og-png.ts';
import { qrPng } from '../../src/lib/qr-png.ts';
import { chapterPath, planPath } from '../../src/lib/paths.ts';
import { PREVIEW_SITE } from '../../src/lib/build-env.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

const sources = 'content/sources';
const plans = readdirSync(sources)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ingestPlan(readPlanSource(join(sources, name), { root: process.cwd() })).plan);
const cards = plans.flatMap((plan) => [null, ...plan.chapters].map((chapter) => ogCardOf(plan, chapter)));
const urls = plans.flatMap((plan) => [planPath(plan.id), ...plan.chapters.map((chapter) => chapterPath(plan.id, chapter.n))]);

/** Median over the runs of CPU milliseconds an image, and the bytes of the images of one run. */
function measure(draw: (run: number) => Buffer[]): { ms: number; bytes: number } {
  draw(-1); // the fonts read and the code warmed, as after a build's first image
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    const before = process.cpuUsage();
    const images = draw(run);
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000 / images.length);
    bytes = images.reduce((sum, image) => sum + image.length, 0) / images.length;
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!, bytes };
}

const rows: [string, { ms: number; bytes: number }][] = [
  ['og.png as the build draws it', measure(() => cards.map((card) => ogCardPng(card, null)))],
  ['og.png drawn whole by resvg', measure(() => cards.map((card) => svgToPng(ogCardOutlinedSvg(card))))],
  // Each run's URLs new to the encoder (a query string), so that encoding them is counted: a build encodes each once.
  ['qr.png, its URL encoded', measure((run) => urls.map((path) => qrPng(new URL(`${path}?${run}`, PREVIEW_SITE).href)))],
];
console.log(`${cards.length} cards and as many QR codes of the ${plans.length} real plans, median of ${runs} runs`);
console.log('| image | CPU an image | bytes an image |\n| --- | ---: | ---: |');
for (const [name, { ms, bytes }] of rows) console.log(`| ${name} | ${ms.toFixed(2)} ms | ${(bytes / 1000).toFixed(1)} KB |`);
