import { describe, expect, it } from 'vitest';
import { buildSteps, parseBuildReport, stepLabel } from '../../scripts/bench/build-steps.ts';

describe('buildSteps', () => {
  it('splits the build script into its commands, each with a short label', () => {
    expect(
      buildSteps({ build: 'node scripts/ingest.ts && ASTRO_TELEMETRY_DISABLED=1 astro build && node scripts/search/build-index.ts' }),
    ).toEqual([
      { command: 'node scripts/ingest.ts', label: 'scripts/ingest.ts' },
      { command: 'ASTRO_TELEMETRY_DISABLED=1 astro build', label: 'astro build' },
      { command: 'node scripts/search/build-index.ts', label: 'scripts/search/build-index.ts' },
    ]);
  });

  it('follows `npm run <script>` into that script', () => {
    const scripts = {
      build: 'npm run ingest && astro build && npm run index',
      ingest: 'node scripts/ingest.ts',
      index: 'pagefind --site dist',
    };
    expect(buildSteps(scripts).map((step) => step.command)).toEqual(['node scripts/ingest.ts', 'astro build', 'pagefind --site dist']);
  });

  it('names a missing or self-running script', () => {
    expect(() => buildSteps({})).toThrow(/no "build" script/u);
    expect(() => buildSteps({ build: 'npm run build' })).toThrow(/runs itself/u);
  });

  it('labels a step by what it runs', () => {
    expect(stepLabel('node scripts/ingest.ts --strict')).toBe('scripts/ingest.ts');
    expect(stepLabel('A=1 B=2 pagefind --site dist')).toBe('pagefind --site');
  });
});

describe('parseBuildReport', () => {
  it('reads the parts a build step reports about itself', () => {
    const text = JSON.stringify({
      steps: [
        { name: 'shard 甘肃省', ms: 41_200, reused: false },
        { name: 'hub', ms: 9_800, reused: true },
      ],
    });
    expect(parseBuildReport(text, 'report.json')).toEqual([
      { name: 'shard 甘肃省', ms: 41_200, reused: false },
      { name: 'hub', ms: 9_800, reused: true },
    ]);
  });

  it('names the file and the entry when the report is not that shape', () => {
    expect(() => parseBuildReport('{"steps": [', 'tmp/report.json')).toThrow(/^tmp\/report\.json: not JSON/u);
    expect(() => parseBuildReport('{"shards": []}', 'tmp/report.json')).toThrow('tmp/report.json: no "steps" list');
    expect(() => parseBuildReport('{"steps": [{"name": "hub", "ms": "9 s", "reused": false}]}', 'r.json')).toThrow(
      'r.json: steps[0] is not { name: string, ms: number, reused: boolean }',
    );
  });
});
