/**
 * Issue 11's "Done when" list, judged against a bench run: each target, what was measured, and
 * whether it is met (null when this run did not measure it). Pure.
 */
import { count, gb, kb, percent, seconds } from './format.ts';
import type { BenchResults, BuildRun, SizeResult } from './report.ts';
import { medianRun } from './report.ts';
import type { PhoneQuery, QueryTiming } from './phone-query.ts';

export interface Target {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | null;
}

/** The issue's limits, in milliseconds and bytes (decimal: 300 KB = 300,000 bytes). */
export const LIMITS = {
  buildAt3000Ms: 10 * 60_000,
  peakBytes: 4e9,
  /** Peak memory "does not grow": every size of 1,000 plans or more peaks within this factor of the peak at 1,000. */
  peakGrowth: 1.1,
  oneParagraphShare: 0.1,
  nothingChangedMs: 10_000,
  phoneMs: 2_000,
  phoneBytesAt1000: 300_000,
  phoneBytesAt5: 150_000,
  pageGzipBytes: 100_000,
} as const;

export function doneWhen(results: Pick<BenchResults, 'sizes'>): Target[] {
  const built = results.sizes.filter((size) => size.site !== null);
  const at = (plans: number) => results.sizes.find((size) => size.plans === plans);
  const ok = (plans: number) => built.find((size) => size.plans === plans);
  const notRun = (plans: number, what = '') => `not measured: run with \`--plans\` including ${plans}${what}`;
  const out: Target[] = [];

  const big = ok(3000);
  const failed3000 = at(3000) && !big ? `failed at ${medianRun(at(3000)!.cold).failed}` : null;
  out.push({
    target: '3,000 plans build in ≤ 10 min',
    measured: big ? seconds(medianRun(big.cold).wallMs) : (failed3000 ?? notRun(3000)),
    met: big ? medianRun(big.cold).wallMs <= LIMITS.buildAt3000Ms : failed3000 ? false : null,
  });
  out.push({
    target: '3,000 plans: peak memory ≤ 4 GB at any moment (cold build and rebuilds)',
    measured: big ? gb(highestPeak(big)) : (failed3000 ?? notRun(3000)),
    met: big ? highestPeak(big) <= LIMITS.peakBytes : failed3000 ? false : null,
  });

  const large = built.filter((size) => size.plans >= 1000);
  const base = ok(1000);
  out.push({
    target: 'peak memory does not grow with the number of plans (within 10% of the peak at 1,000 plans, at every larger size)',
    measured:
      large.length >= 2
        ? large.map((size) => `${count(size.plans)}: ${gb(medianRun(size.cold).peakBytes)}`).join('; ')
        : notRun(1000, ' and a larger size'),
    met:
      large.length >= 2 && base
        ? large.every((size) => medianRun(size.cold).peakBytes <= LIMITS.peakGrowth * medianRun(base.cold).peakBytes)
        : null,
  });

  const national = at(10000);
  const nationalBuilt = ok(10000);
  out.push({
    target: '10,000 plans build (shards one after another if need be); the time',
    measured: nationalBuilt
      ? `${seconds(medianRun(nationalBuilt.cold).wallMs)}, peak ${gb(medianRun(nationalBuilt.cold).peakBytes)}`
      : national
        ? `failed at ${medianRun(national.cold).failed}`
        : notRun(10000),
    met: nationalBuilt ? true : national ? false : null,
  });

  const thousand = ok(1000);
  const cold = thousand ? medianRun(thousand.cold) : null;
  const edited = thousand?.oneParagraph;
  out.push({
    target: '1,000 plans: one paragraph changed → rebuilt in ≤ 10% of a cold build',
    measured:
      cold && edited
        ? `${seconds(edited.run.wallMs)}, ${percent(edited.run.wallMs / cold.wallMs)} of ${seconds(cold.wallMs)}${edited.run.failed ? `, failed at ${edited.run.failed}` : ''}`
        : thousand
          ? 'not measured (--no-rebuild)'
          : notRun(1000),
    met: cold && edited ? !edited.run.failed && edited.run.wallMs <= LIMITS.oneParagraphShare * cold.wallMs : null,
  });
  const again = thousand?.rebuild;
  out.push({
    target: '1,000 plans: nothing changed → rebuilt in ≤ 10 s',
    measured: again
      ? `${seconds(again.wallMs)}${again.failed ? `, failed at ${again.failed}` : ''}`
      : thousand
        ? 'not measured (--no-rebuild)'
        : notRun(1000),
    met: again ? !again.failed && again.wallMs <= LIMITS.nothingChangedMs : null,
  });

  // Results written before the two ways were measured have no `onPage`: not judged.
  const phoned = (size: SizeResult | undefined) => size?.phoneQueries?.filter((query) => query.onPage) ?? [];
  for (const query of phoned(thousand)) {
    out.push({
      target: `1,000 plans, phone profile: first results of \`${query.query}\` in ≤ 2 s with ≤ 300 KB`,
      measured: phone(query),
      met: meetsPhoneTarget(query.onPage, phoneTarget(1000)!),
    });
  }
  if (phoned(thousand).length === 0)
    out.push({
      target: '1,000 plans, phone profile: first results in ≤ 2 s with ≤ 300 KB',
      measured: thousand ? 'not measured (no search engine, or the browser failed)' : notRun(1000),
      met: null,
    });
  const five = ok(5);
  for (const query of phoned(five)) {
    out.push({
      target: `5 plans, phone profile: first results of \`${query.query}\` with ≤ 150 KB`,
      measured: phone(query),
      met: meetsPhoneTarget(query.onPage, phoneTarget(5)!),
    });
  }
  if (phoned(five).length === 0)
    out.push({
      target: '5 plans, phone profile: first results with ≤ 150 KB',
      measured: five ? 'not measured (no search engine, or the browser failed)' : notRun(5),
      met: null,
    });

  for (const plans of [3000, ...(ok(10000) ? [10000] : [])]) {
    const size = ok(plans);
    const heaviest = size ? [...size.weights].sort((a, b) => b.weight.gzip - a.weight.gzip) : [];
    const over = heaviest.filter((weighed) => weighed.weight.gzip > LIMITS.pageGzipBytes);
    out.push({
      target: `${count(plans)} plans: the largest page of every kind ≤ 100 KB gzip (HTML + CSS + JS)`,
      measured: heaviest[0]
        ? `heaviest \`${heaviest[0].kind.largest}\` (${heaviest[0].kind.pattern}) ${kb(heaviest[0].weight.gzip)}; ${over.length} of ${heaviest.length} kinds over${over.length ? `: ${over.map((weighed) => `\`${weighed.kind.pattern}\``).join(', ')}` : ''}`
        : notRun(plans),
      met: heaviest[0] ? over.length === 0 : null,
    });
  }

  out.push({
    target: "The five-plan site's URLs, anchors and search results are unchanged",
    measured: 'not measured by the bench: the site and search tests (`npm test`) hold them',
    met: null,
  });
  return out;
}

/** The highest peak of a size's builds: cold, nothing changed, one paragraph changed. */
function highestPeak(size: SizeResult): number {
  const runs: Array<BuildRun | null | undefined> = [...size.cold, size.rebuild, size.oneParagraph?.run];
  return Math.max(...runs.filter((run): run is BuildRun => Boolean(run)).map((run) => run.peakBytes));
}

function phone({ onPage, blank }: PhoneQuery): string {
  return `on a page ${seconds(onPage.ms)}, ${kb(onPage.transferred)}; from a blank page ${seconds(blank.ms)}, ${kb(blank.transferred)}`;
}

/** The phone target the issue sets for a corpus size, if any: at 1,000 plans time and bytes, at 5 bytes alone. */
export function phoneTarget(plans: number): { ms: number | null; bytes: number; text: string } | null {
  if (plans === 1000) return { ms: LIMITS.phoneMs, bytes: LIMITS.phoneBytesAt1000, text: '≤ 2 s, ≤ 300 KB' };
  if (plans === 5) return { ms: null, bytes: LIMITS.phoneBytesAt5, text: '≤ 150 KB' };
  return null;
}

/** Whether a query's figures meet a target: its time, when the target sets one, and its bytes. */
export function meetsPhoneTarget(timing: QueryTiming, limit: { ms: number | null; bytes: number }): boolean {
  return (limit.ms === null || timing.ms <= limit.ms) && timing.transferred <= limit.bytes;
}

/** The targets as a Markdown table. */
export function doneWhenTable(targets: readonly Target[]): string[] {
  return [
    '| target | measured | met |',
    '| --- | --- | --- |',
    ...targets.map(
      (target) => `| ${target.target} | ${target.measured} | ${target.met === null ? '—' : target.met ? 'met' : '**not met**'} |`,
    ),
  ];
}
