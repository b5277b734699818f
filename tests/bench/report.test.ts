import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doneWhen } from '../../scripts/bench/done-when.ts';
import { kb, seconds } from '../../scripts/bench/format.ts';
import { END_MARKER, START_MARKER, renderReport, writeReport, type BenchResults, type BuildRun } from '../../scripts/bench/report.ts';
import { pageKinds, searchIndexFigures } from '../../scripts/bench/site-figures.ts';
import { tempDir } from '../temp-dir.ts';

describe('pageKinds', () => {
  const ids = ['zhangye-2026-2030', 'dongli-2021-2025'];
  const indicators = ['学前三年毛入园率', '九年义务教育巩固率', '高中阶段教育毛入学率', '高等教育毛入学率', '劳动年龄人口平均受教育年限'];
  const pages = [
    { path: 'index.html', bytes: 9000 },
    { path: '404.html', bytes: 2000 },
    { path: 'plans/zhangye-2026-2030/index.html', bytes: 10_000 },
    { path: 'plans/dongli-2021-2025/index.html', bytes: 12_000 },
    { path: 'plans/zhangye-2026-2030/1/index.html', bytes: 30_000 },
    { path: 'plans/dongli-2021-2025/3/index.html', bytes: 53_000 },
    { path: 'search/index.html', bytes: 3000 },
    ...indicators.map((name, i) => ({ path: `indicators/${encodeURIComponent(name)}/index.html`, bytes: 1000 * (i + 1) })),
  ];

  it('groups pages by route, plan ids, numbers and many-valued last segments as variables, each with its largest page', () => {
    expect(pageKinds(pages, ids)).toEqual([
      { pattern: '/', pages: 1, largest: '/', largestBytes: 9000 },
      { pattern: '/404.html', pages: 1, largest: '/404.html', largestBytes: 2000 },
      {
        pattern: '/indicators/[*]/',
        pages: 5,
        largest: `/indicators/${encodeURIComponent('劳动年龄人口平均受教育年限')}/`,
        largestBytes: 5000,
      },
      { pattern: '/plans/[plan]/', pages: 2, largest: '/plans/dongli-2021-2025/', largestBytes: 12_000 },
      { pattern: '/plans/[plan]/[n]/', pages: 2, largest: '/plans/dongli-2021-2025/3/', largestBytes: 53_000 },
      { pattern: '/search/', pages: 1, largest: '/search/', largestBytes: 3000 },
    ]);
  });
});

describe('searchIndexFigures', () => {
  it('finds every Pagefind bundle, the one that lists the others first', () => {
    const files = [
      { path: 'index.html', bytes: 9000 },
      { path: 'search/pagefind-1/pagefind-entry.json', bytes: 200 },
      { path: 'search/pagefind-1/index/und_1.pf_index', bytes: 20_000 },
      { path: 'search/pagefind/pagefind-entry.json', bytes: 200 },
      { path: 'search/pagefind/shards.json', bytes: 20 },
      { path: 'search/pagefind/pagefind.js', bytes: 47_000 },
      { path: 'search/engine.js', bytes: 12_000 },
    ];
    expect(searchIndexFigures(files)).toEqual({
      path: '/search/pagefind/',
      bundles: ['/search/pagefind/', '/search/pagefind-1/'],
      files: 5,
      bytes: 67_420,
    });
  });

  it('is null for a site without search', () => {
    expect(searchIndexFigures([{ path: 'index.html', bytes: 9000 }])).toBeNull();
  });
});

describe('writeReport', () => {
  it('creates the note with the generated part between markers', () => {
    const file = join(tempDir('planpress-report-'), 'benchmarks.md');
    writeReport(file, '| plans |\n');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# Benchmarks\n/u);
    expect(text).toContain(`${START_MARKER}\n\n| plans |\n\n${END_MARKER}`);
  });

  it('replaces only what stands between the markers', () => {
    const file = join(tempDir('planpress-report-'), 'benchmarks.md');
    writeFileSync(file, `# Benchmarks\n\nWhat was fixed.\n\n${START_MARKER}\nold figures\n${END_MARKER}\n\n## Notes\n`);
    writeReport(file, 'new figures');
    expect(readFileSync(file, 'utf8')).toBe(
      `# Benchmarks\n\nWhat was fixed.\n\n${START_MARKER}\n\nnew figures\n\n${END_MARKER}\n\n## Notes\n`,
    );
  });
});

describe('renderReport: the first query on a phone', () => {
  // A real run: npm run bench -- --plans 5 --runs 1 --no-rebuild --no-shards (29 Nov 2026); its phone queries
  // measured again when the bench came to measure them on a page (node scripts/bench/phone-query.ts, 30 Nov 2026).
  const results = JSON.parse(readFileSync(new URL('../fixtures/bench/results-5-plans.json', import.meta.url), 'utf8')) as BenchResults;

  it('has a row per query with the time and bytes on a page and from a blank page, the total marked as estimated until all are checked', () => {
    const report = renderReport(results);
    expect(report).toContain('### First query on a phone');
    const rows = report.split('\n').filter((line) => /^\| 5 \| (学前教育|鲁班工坊|教) \| \d/u.test(line));
    expect(rows.map((row) => row.split(' | ')[1])).toEqual(['学前教育', '鲁班工坊', '教']);
    for (const [row, { onPage, blank }] of rows.map((row, i) => [row, results.sizes[0]!.phoneQueries![i]!] as const)) {
      expect(row).toContain(`| ${seconds(onPage.ms)} | ${kb(onPage.transferred)} | ${onPage.requests} | ${onPage.shown} |`);
      expect(row).toContain(`| ${seconds(blank.ms)} | ${kb(blank.transferred)} |`);
      expect(row).toContain(`| ${blank.shown} of ${blank.done ? '' : '≈ '}${blank.total} |`);
    }
  });

  it('leaves the section out for results without phone figures, or with those of the blank page alone that older runs wrote', () => {
    const none = { ...results, sizes: results.sizes.map(({ phoneQueries: _, ...size }) => size) };
    expect(renderReport(none)).not.toContain('### First query on a phone');
    const older = {
      ...results,
      sizes: results.sizes.map((size) => ({ ...size, phoneQueries: size.phoneQueries?.map(({ query, blank }) => ({ query, ...blank })) })),
    } as unknown as BenchResults;
    expect(renderReport(older)).not.toContain('### First query on a phone');
    expect(doneWhen(older).filter((target) => target.target.startsWith('5 plans, phone'))).toEqual([
      expect.objectContaining({ met: null }),
    ]);
  });
});

describe('renderReport: rebuilds, the build’s own parts and issue 11’s targets', () => {
  // A real run with its rebuilds: npm run bench -- --plans 5 --runs 1 (29 Nov 2026).
  const results = JSON.parse(
    readFileSync(new URL('../fixtures/bench/results-5-plans-rebuilds.json', import.meta.url), 'utf8'),
  ) as BenchResults;
  const size = results.sizes[0]!;
  const report = renderReport(results);
  const section = (text: string, heading: string) => text.split('\n### ').find((part) => part.startsWith(heading)) ?? '';

  it('has a row per size with the cold build, nothing changed and one paragraph changed, each against the cold build', () => {
    const rows = section(report, 'Incremental rebuilds')
      .split('\n')
      .filter((line) => line.startsWith('| 5 |'));
    expect(rows).toHaveLength(1);
    const cold = size.cold[0]!.wallMs;
    const percent = (wallMs: number) => `${Math.round((100 * wallMs) / cold)}%`;
    expect(rows[0]).toContain(`| ${percent(size.rebuild!.wallMs)} |`);
    expect(rows[0]).toContain(`| ${percent(size.oneParagraph!.run.wallMs)} |`);
    expect(rows[0]).toContain(`\`${size.oneParagraph!.edit.plan}\` line ${size.oneParagraph!.edit.line}`);
    expect(section(report, 'Each step')).toContain('| 5 | one paragraph changed |');
  });

  it('lists the parts a step reported, reused ones marked, side by side for each build', () => {
    expect(report).not.toContain('### Inside the build');
    const parts = (reused: boolean) => [
      { name: 'shard 北京市', ms: 41_000, reused },
      { name: 'shard 天津市', ms: 38_500, reused },
      { name: 'hub', ms: 12_000, reused: false },
    ];
    const withParts = (run: BuildRun, reused: boolean): BuildRun => ({
      ...run,
      steps: run.steps.map((step) => (step.label === 'astro build' ? { ...step, breakdown: parts(reused) } : step)),
    });
    const reported = renderReport({
      ...results,
      sizes: [{ ...size, cold: size.cold.map((run) => withParts(run, false)), rebuild: withParts(size.rebuild!, true) }],
    });
    const inside = section(reported, 'Inside the build').split('\n');
    expect(inside).toContain('| part | cold | nothing changed | one paragraph changed |');
    expect(inside).toContain('| shard 北京市 | 41.00 s | 41.00 s (reused) | — |');
    expect(inside).toContain('| hub | 12.00 s | 12.00 s | — |');
  });

  it('judges each page kind against 100 KB gzip', () => {
    const rows = section(report, 'Page weight')
      .split('\n')
      .filter((line) => line.startsWith('| 5 |'));
    expect(rows).toHaveLength(size.weights.length);
    size.weights.forEach((weighed, i) => expect(rows[i]!.endsWith(weighed.weight.gzip <= 100_000 ? '| yes |' : '| **no** |')).toBe(true));
  });

  it('ends with the table of issue 11’s targets: a row per target, met, not met, or not measured', () => {
    const table = section(report, 'Done when (issue 11)')
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| target') && !line.startsWith('| ---'));
    expect(table).toHaveLength(results.doneWhen!.length);
    results.doneWhen!.forEach((target, i) =>
      expect(table[i]).toBe(
        `| ${target.target} | ${target.measured} | ${target.met === null ? '—' : target.met ? 'met' : '**not met**'} |`,
      ),
    );
    // Older results without the targets get them judged when rendered.
    const { doneWhen: _, ...older } = results;
    expect(section(renderReport(older), 'Done when (issue 11)')).toBe(section(report, 'Done when (issue 11)'));
  });
});
