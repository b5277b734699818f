import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, decodeEntry, encodeEntry, ingestCodeVersion, localModules } from '../../scripts/ingest/ingest-cache.ts';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import { filesUnder, projectRoot as root, runIngest, warningsReport } from './run-ingest.ts';
import { tempDir } from '../temp-dir.ts';

/** The ingest must succeed; its report is what the tests read. */
function ingestOk(...args: string[]): string {
  const result = runIngest(...args);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

function expectSameFiles(a: Map<string, Buffer>, b: Map<string, Buffer>) {
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
}

describe('npm run ingest with its cache', () => {
  const dir = tempDir('planpress-ingest-cache-');
  const sources = join(dir, 'sources');
  cpSync(join(root, 'content/sources'), sources, { recursive: true });
  const cache = join(dir, 'cache');
  const fresh = join(dir, 'fresh');
  const cold = join(dir, 'cold');
  const warm = join(dir, 'warm');
  const freshRun = ingestOk('--sources', sources, '--out', fresh, '--no-cache');
  const coldRun = ingestOk('--sources', sources, '--out', cold, '--cache', cache);
  const warmRun = ingestOk('--sources', sources, '--out', warm, '--cache', cache);

  it('writes byte for byte what a fresh run writes, from an empty cache and from a full one', () => {
    expect(freshRun).not.toMatch(/^cache:/mu);
    expect(coldRun).toMatch(/^cache: 0 of 5 plans unchanged, not parsed again/mu);
    expect(warmRun).toMatch(/^cache: 5 of 5 plans unchanged, not parsed again/mu);
    const expected = filesUnder(fresh);
    expect([...expected.keys()]).toContain('dongli-2021-2025/chapters/04.mdx');
    expectSameFiles(expected, filesUnder(cold));
    expectSameFiles(expected, filesUnder(warm));
  });

  it('prints the same report, warnings included', () => {
    const report = (stdout: string) => stdout.split('\n').filter((line) => !/^cache:|^ingested |^every warning/u.test(line));
    expect(report(warmRun)).toEqual(report(freshRun));
    expect(warningsReport(warm)).toEqual(warningsReport(fresh));
  });

  it('parses again only the plan whose sidecar changed, and writes what a fresh run of the change writes', () => {
    const sidecar = join(sources, 'zhangye-2026-2030.yml');
    writeFileSync(sidecar, `${readFileSync(sidecar, 'utf8')}issuer: 张掖市教育局\n`);
    const changed = ingestOk('--sources', sources, '--out', join(dir, 'changed'), '--cache', cache);
    expect(changed).toMatch(/^cache: 4 of 5 plans unchanged/mu);
    const plan = JSON.parse(readFileSync(join(dir, 'changed', 'zhangye-2026-2030', 'plan.json'), 'utf8')) as { issuer: string };
    expect(plan.issuer).toBe('张掖市教育局');
    ingestOk('--sources', sources, '--out', join(dir, 'changed-fresh'), '--no-cache');
    expectSameFiles(filesUnder(join(dir, 'changed-fresh')), filesUnder(join(dir, 'changed')));
  });
});

describe('cache keys', () => {
  const file = 'content/sources/zhangye-2026-2030.txt';
  const bytes = readFileSync(join(root, file));
  const sidecar = { file: 'content/sources/zhangye-2026-2030.yml', text: 'region: 甘肃省张掖市\n' };

  it('change with the source bytes, its path, the sidecar and the code version', () => {
    const key = cacheKey('v1', { file, bytes, sidecar });
    expect(cacheKey('v1', { file, bytes, sidecar })).toBe(key);
    const edited = Buffer.concat([bytes, Buffer.from('\n为办好人民满意的教育。\n')]);
    expect(cacheKey('v1', { file, bytes: edited, sidecar })).not.toBe(key);
    expect(cacheKey('v1', { file: 'content/sources/zhangye-2026-2030-copy.txt', bytes, sidecar })).not.toBe(key);
    expect(cacheKey('v1', { file, bytes, sidecar: { ...sidecar, text: 'region: 甘肃省\n' } })).not.toBe(key);
    expect(cacheKey('v1', { file, bytes })).not.toBe(key);
    expect(cacheKey('v2', { file, bytes, sidecar })).not.toBe(key);
  });

  it('follow the ingest code: every local module it imports, and nothing else', () => {
    const modules: Record<string, string> = {
      'scripts/ingest/ingest-plan.ts':
        "import { a } from './a.ts';\nimport {\n  b,\n} from '../../src/lib/b.ts';\nimport { z } from 'zod';",
      'scripts/ingest/a.ts': "import type { B } from '../../src/lib/b.ts';\nexport const a = '专栏';",
      'src/lib/b.ts': 'export const b = 1;',
      'scripts/ingest/unused.ts': 'export const c = 2;',
    };
    const read = (path: string) => modules[path] ?? '';
    expect(localModules(read, 'scripts/ingest/ingest-plan.ts')).toEqual([
      'scripts/ingest/a.ts',
      'scripts/ingest/ingest-plan.ts',
      'src/lib/b.ts',
    ]);
    const version = ingestCodeVersion(read);
    modules['scripts/ingest/unused.ts'] = 'export const c = 3;';
    expect(ingestCodeVersion(read)).toBe(version);
    modules['src/lib/b.ts'] = 'export const b = 2;';
    expect(ingestCodeVersion(read)).not.toBe(version);
    expect(ingestCodeVersion(read, undefined, ['v24.0.0'])).not.toBe(ingestCodeVersion(read, undefined, ['v24.1.0']));
  });

  it('reach every module of the real ingest, the plan schema included', () => {
    const modules = localModules((path) => readFileSync(join(root, path), 'utf8'), 'scripts/ingest/ingest-plan.ts');
    expect(modules).toContain('scripts/ingest/emit-mdx.ts');
    expect(modules).toContain('src/lib/plan-schema.ts');
  });
});

describe('cache entries', () => {
  const file = 'content/sources/zhangye-2026-2030.txt';
  const result = ingestPlan({ file, bytes: readFileSync(join(root, file)) });

  it('give back the whole result', () => {
    expect(decodeEntry('k', encodeEntry('k', result))).toEqual(result);
  });

  it('are refused when cut short or written for another key', () => {
    const text = encodeEntry('k', result);
    expect(decodeEntry('k', text.slice(0, text.length / 2))).toBeNull();
    expect(decodeEntry('other', text)).toBeNull();
    expect(decodeEntry('k', '')).toBeNull();
  });
});
