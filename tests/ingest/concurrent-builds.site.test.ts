/**
 * Two `astro build`s of different content folders at once, in one checkout: once one of them
 * failed (UnknownContentCollectionError), reading the other's modules from the shared `.astro/`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroBin } from '../../scripts/build/site-root.ts';

const root = resolve(new URL('../../', import.meta.url).pathname);
mkdirSync(join(root, 'tmp'), { recursive: true });
const dir = mkdtempSync(join(root, 'tmp', 'concurrent-builds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('both builds succeed, each with its own plans', async () => {
  const sites = [
    { name: 'a', sources: 'tests/fixtures/site', plan: 'literal-text' },
    { name: 'b', sources: 'content/sources', plan: 'zhangye-2026-2030' },
  ];
  for (const site of sites) {
    const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', '--sources', site.sources, '--out', join(dir, site.name, 'plans')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(ingest.status, ingest.stderr).toBe(0);
  }
  const builds = await Promise.all(sites.map((site) => build(join(dir, site.name))));
  for (const [i, site] of sites.entries()) {
    expect(builds[i]!.status, builds[i]!.output.slice(-2000)).toBe(0);
    expect(existsSync(join(dir, site.name, 'dist/plans', site.plan, '1/index.html'))).toBe(true);
  }
}, 300_000);

function build(site: string): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const env = {
      ...process.env,
      PLANPRESS_CONTENT_DIR: join(site, 'plans'),
      PLANPRESS_OUT_DIR: join(site, 'dist'),
      ASTRO_TELEMETRY_DISABLED: '1',
      PLANPRESS_PREVIEW: '1',
    };
    const child = spawn(process.execPath, [astroBin(), 'build'], { cwd: root, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status, output }));
  });
}
