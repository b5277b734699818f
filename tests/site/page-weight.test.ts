/** The page weight budget (issue 3, raised by issue 12) on the built real plans, as `npm run bench:page-weight` measures it (bytes, not time). */
import { statSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { BUDGET, pageWeight } from '../../scripts/site/page-weight.ts';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { chapterPath } from '../../src/lib/paths.ts';
import { builtFile } from './built-site.ts';

const { contentDir, distDir } = inject('plansSite');

test('the largest chapter page, with the CSS and JS it references, is at most 1.7× its text raw and 0.62× gzipped', () => {
  const chapters = readPlans(contentDir).flatMap((plan) => plan.chapters.map((chapter) => chapterPath(plan.id, chapter.n)));
  const largest = chapters.sort((a, b) => statSync(builtFile(distDir, b)).size - statSync(builtFile(distDir, a)).size)[0]!;
  const weight = pageWeight(distDir, largest);
  const files = weight.files.map((file) => `  ${file.path}: ${file.raw} B raw, ${file.gzip} B gzip`).join('\n');
  const report = `${largest}, text ${weight.text} B:\n${files}\n  = ${weight.rawRatio.toFixed(3)}× raw, ${weight.gzipRatio.toFixed(3)}× gzip`;
  expect(
    weight.files.filter((file) => file.path.endsWith('.css')),
    'one stylesheet',
  ).toHaveLength(1);
  expect(weight.rawRatio, report).toBeLessThanOrEqual(BUDGET.raw);
  expect(weight.gzipRatio, report).toBeLessThanOrEqual(BUDGET.gzip);
});
