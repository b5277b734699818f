import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { doneWhen, LIMITS, type Target } from '../../scripts/bench/done-when.ts';
import { medianRun, type BenchResults, type BuildRun, type SizeResult } from '../../scripts/bench/report.ts';

// A real run: npm run bench -- --plans 5 --runs 1 (29 Nov 2026), with its rebuilds; its phone queries measured
// again when the bench came to measure them on a page (node scripts/bench/phone-query.ts, 30 Nov 2026).
const results = JSON.parse(
  readFileSync(new URL('../fixtures/bench/results-5-plans-rebuilds.json', import.meta.url), 'utf8'),
) as BenchResults;
const five = results.sizes[0]!;

/** The 5-plan figures standing for a larger size, its builds' times and peaks scaled. */
function sizeLike(
  plans: number,
  { wallMs, peakBytes }: { wallMs: number; peakBytes: number },
  extra: Partial<SizeResult> = {},
): SizeResult {
  const run = (source: BuildRun, time = wallMs): BuildRun => ({ ...source, wallMs: time, peakBytes });
  return { ...five, plans, cold: five.cold.map((cold) => run(cold)), rebuild: run(five.rebuild!, 5_000), ...extra };
}

const find = (targets: readonly Target[], start: string) => targets.filter((target) => target.target.startsWith(start));

describe('doneWhen', () => {
  it('judges the 5-plan phone queries on bytes and leaves what the run did not measure unjudged', () => {
    const targets = doneWhen(results);
    const phone = find(targets, '5 plans, phone profile');
    expect(phone.map((target) => target.target)).toEqual(five.phoneQueries!.map((query) => expect.stringContaining(`\`${query.query}\``)));
    five.phoneQueries!.forEach((query, i) => {
      expect(phone[i]!.met).toBe(query.onPage.transferred <= LIMITS.phoneBytesAt5);
      expect(phone[i]!.measured).toContain(`on a page ${(query.onPage.ms / 1e3).toFixed(1)}`);
      expect(phone[i]!.measured).toContain(`${(query.onPage.transferred / 1e3).toFixed(1)} KB`);
      expect(phone[i]!.measured).toContain(`${(query.blank.transferred / 1e3).toFixed(1)} KB`);
    });
    for (const start of ['3,000 plans build', '1,000 plans: one paragraph', '10,000 plans build', '3,000 plans: the largest page'])
      expect(find(targets, start)).toEqual([expect.objectContaining({ met: null, measured: expect.stringMatching(/^not measured/u) })]);
  });

  it('holds the build at 3,000 plans to 10 minutes and 4 GB, its rebuilds’ peaks included', () => {
    const fast = doneWhen({ sizes: [sizeLike(3000, { wallMs: 9 * 60_000, peakBytes: 3.9e9 })] });
    expect(find(fast, '3,000 plans build')[0]).toMatchObject({ met: true, measured: '9 min 0 s' });
    expect(find(fast, '3,000 plans: peak')[0]).toMatchObject({ met: true, measured: '3.90 GB' });
    const heavyRebuild = sizeLike(3000, { wallMs: 9 * 60_000, peakBytes: 3.9e9 });
    const slow = doneWhen({
      sizes: [
        {
          ...heavyRebuild,
          cold: heavyRebuild.cold.map((run) => ({ ...run, wallMs: 11 * 60_000 })),
          rebuild: { ...heavyRebuild.rebuild!, peakBytes: 4.2e9 },
        },
      ],
    });
    expect(find(slow, '3,000 plans build')[0]!.met).toBe(false);
    expect(find(slow, '3,000 plans: peak')[0]).toMatchObject({ met: false, measured: '4.20 GB' });
  });

  it('calls the peak flat when every size past 1,000 plans stays within 10% of the peak at 1,000', () => {
    const at1000 = sizeLike(1000, { wallMs: 100_000, peakBytes: 3e9 });
    const flat = doneWhen({ sizes: [at1000, sizeLike(3000, { wallMs: 300_000, peakBytes: 3.2e9 })] });
    expect(find(flat, 'peak memory does not grow')[0]).toMatchObject({ met: true, measured: '1,000: 3.00 GB; 3,000: 3.20 GB' });
    const growing = doneWhen({ sizes: [at1000, sizeLike(3000, { wallMs: 300_000, peakBytes: 3.4e9 })] });
    expect(find(growing, 'peak memory does not grow')[0]!.met).toBe(false);
    expect(find(doneWhen({ sizes: [at1000] }), 'peak memory does not grow')[0]!.met).toBeNull();
  });

  it('compares the rebuilds at 1,000 plans with the cold build: one paragraph ≤ 10%, nothing changed ≤ 10 s', () => {
    const cold = { wallMs: 200_000, peakBytes: 3e9 };
    const edited = (wallMs: number) => ({ run: { ...medianRun(five.cold), wallMs }, edit: five.oneParagraph!.edit });
    const quick = doneWhen({ sizes: [sizeLike(1000, cold, { oneParagraph: edited(15_000) })] });
    expect(find(quick, '1,000 plans: one paragraph')[0]).toMatchObject({ met: true, measured: '15.0 s, 8% of 3 min 20 s' });
    expect(find(quick, '1,000 plans: nothing changed')[0]).toMatchObject({ met: true, measured: '5.0 s' });
    const slow = doneWhen({
      sizes: [sizeLike(1000, cold, { oneParagraph: edited(40_000), rebuild: { ...five.rebuild!, wallMs: 12_000 } })],
    });
    expect(find(slow, '1,000 plans: one paragraph')[0]!.met).toBe(false);
    expect(find(slow, '1,000 plans: nothing changed')[0]).toMatchObject({ met: false, measured: '12.0 s' });
  });

  it('judges each phone query at 1,000 plans on both time and bytes, as asked on a page', () => {
    const queries = five.phoneQueries!.map((query, i) => ({
      ...query,
      onPage: { ...query.onPage, ms: [1_500, 2_500, 1_000][i]!, transferred: [250_000, 250_000, 350_000][i]! },
      // From a blank page, slower than the target: reported, not judged.
      blank: { ...query.blank, ms: 2_500 },
    }));
    const targets = find(
      doneWhen({ sizes: [sizeLike(1000, { wallMs: 1, peakBytes: 1 }, { phoneQueries: queries })] }),
      '1,000 plans, phone',
    );
    expect(targets.map((target) => target.met)).toEqual([true, false, false]);
  });

  it('names a failed 10,000-plan build, and the heaviest page kind at 3,000 plans against 100 KB gzip', () => {
    const failed: SizeResult = { ...five, plans: 10000, site: null, cold: [{ ...five.cold[0]!, failed: 'astro build' }] };
    expect(find(doneWhen({ sizes: [failed] }), '10,000 plans build')[0]).toMatchObject({ met: false, measured: 'failed at astro build' });
    const heavy = five.weights.map((weighed, i) => (i === 2 ? { ...weighed, weight: { ...weighed.weight, gzip: 120_000 } } : weighed));
    const pages = find(
      doneWhen({ sizes: [sizeLike(3000, { wallMs: 1, peakBytes: 1 }, { weights: heavy })] }),
      '3,000 plans: the largest page',
    );
    expect(pages[0]!.met).toBe(false);
    expect(pages[0]!.measured).toContain(`\`${heavy[2]!.kind.largest}\``);
    expect(pages[0]!.measured).toContain(`1 of ${heavy.length} kinds over`);
    const light = find(doneWhen({ sizes: [sizeLike(3000, { wallMs: 1, peakBytes: 1 })] }), '3,000 plans: the largest page');
    expect(light[0]!.met).toBe(five.weights.every((weighed) => weighed.weight.gzip <= LIMITS.pageGzipBytes));
  });
});
