import { describe, expect, it } from 'vitest';
import { buildSteps, stepLabel } from '../../scripts/bench/build-steps.ts';

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
