/**
 * `npm run bench:page-weight [-- --no-build] [--dist DIR]`: builds the whole site (`npm run
 * build`) and times it, then weighs the largest chapter page: its HTML plus the CSS and JS it
 * references, raw and gzipped, against the UTF-8 bytes of its text. Budget (issue 3): at most
 * 1.7× raw and 0.62× gzipped (`BUDGET`). Exits 1 when over budget. A measurement, not a timed test.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGET, pageWeight, type PageWeight } from '../site/page-weight.ts';

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    'no-build': { type: 'boolean', default: false },
  },
});

// 1. Build the whole site from a cold cache, as a deployment would, and time it.
let buildSeconds: number | null = null;
if (!options['no-build']) {
  const cache = `${options.dist}-cache`;
  rmSync(cache, { recursive: true, force: true });
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PLANPRESS_PREVIEW: '1', PLANPRESS_OUT_DIR: options.dist, PLANPRESS_CACHE_DIR: cache },
  });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status}).`);
  buildSeconds = (performance.now() - started) / 1000;
}

// 2. Find the chapter pages (/plans/<id>/<n>/) and weigh the largest, by HTML bytes.
const plansDir = join(options.dist, 'plans');
const chapters = readdirSync(plansDir).flatMap((plan) =>
  readdirSync(join(plansDir, plan))
    .filter((entry) => /^\d+$/.test(entry))
    .map((n) => ({ path: `/plans/${plan}/${n}/`, bytes: statSync(join(plansDir, plan, n, 'index.html')).size })),
);
const largest = chapters.sort((a, b) => b.bytes - a.bytes)[0];
if (!largest) throw new Error(`No chapter pages under ${plansDir}: build the site first.`);
const weight = pageWeight(options.dist, largest.path);
// Small chapters pay the shared stylesheet and script on fewer words: the worst ratio, for reference.
const worst = chapters.map((chapter) => pageWeight(options.dist, chapter.path)).sort((a, b) => b.gzipRatio - a.gzipRatio)[0] as PageWeight;

// 3. Report.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`Largest chapter page: ${weight.path}`);
for (const file of weight.files)
  console.log(`  ${file.path.padEnd(64)} ${kb(file.raw).padStart(10)} raw ${kb(file.gzip).padStart(10)} gzip`);
console.log(`  text (UTF-8)${' '.repeat(52)} ${kb(weight.text).padStart(10)}`);
console.log(
  `  total ${kb(weight.raw)} raw = ${weight.rawRatio.toFixed(2)}× text (budget ${BUDGET.raw}×), ${kb(weight.gzip)} gzip = ${weight.gzipRatio.toFixed(2)}× text (budget ${BUDGET.gzip}×)`,
);
console.log(
  `Highest ratio among ${chapters.length} chapter pages: ${worst.path}, ${worst.rawRatio.toFixed(2)}× raw, ${worst.gzipRatio.toFixed(2)}× gzip`,
);
if (buildSeconds !== null)
  console.log(`Site build (npm run build, cold cache, ${chapters.length} chapter pages): ${buildSeconds.toFixed(1)} s`);
const over = weight.rawRatio > BUDGET.raw || weight.gzipRatio > BUDGET.gzip;
console.log(over ? 'Over budget.' : 'Within budget.');
process.exitCode = over ? 1 : 0;
