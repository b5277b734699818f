/**
 * `dist/` assembled from the steps' outputs (scripts/build/assemble-site.ts): after one step is
 * rebuilt, only its files are linked again, its files that went are removed, and the site is the
 * one a fresh assembly writes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.ts';
import { assembleSite, type SitePart } from '../../scripts/build/assemble-site.ts';

const root = tempDir('planpress-assemble-');

/** A step's output folder written afresh, as buildTarget does: every file a new one. */
function writeOutput(dist: string, files: Record<string, string>): void {
  rmSync(dist, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
}

function tree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );
}

const hub = join(root, 'hub');
const shardA = join(root, 'tianjin');
const shardB = join(root, 'xinjiang');
const chapter = '<h1>第三部分 重点工作任务</h1>';

writeOutput(hub, { 'index.html': '<h1>规划</h1>', 'search/index.html': '<form>' });
writeOutput(shardA, {
  '_astro/site.1a2b.css': 'body{}',
  'plans/dongli-2021-2025/index.html': '<h1>东丽区</h1>',
  'data/plans/dongli-2021-2025.json': '{}',
  'plans/other-plan/index.html': 'not this shard’s plan',
});
writeOutput(shardB, {
  '_astro/site.1a2b.css': 'body{}',
  'plans/baijiantan-2021-2025/index.html': '<h1>白碱滩区</h1>',
  'plans/baijiantan-2021-2025/3/index.html': chapter,
  'plans/baijiantan-2021-2025/4/index.html': '<h1>第四部分</h1>',
});

const parts = (stampB: string): SitePart[] => [
  { name: 'hub', hash: 'h1', dist: hub },
  { name: 'shard tianjin', hash: 'a1', dist: shardA, paths: ['_astro', 'plans/dongli-2021-2025', 'data/plans/dongli-2021-2025.json'] },
  {
    name: 'shard xinjiang',
    hash: stampB,
    dist: shardB,
    paths: ['_astro', 'plans/baijiantan-2021-2025', 'data/plans/baijiantan-2021-2025.json'],
  },
];

describe('assembling the site from the steps’ outputs', () => {
  const site = join(root, 'dist');
  const manifest = join(root, 'assembly.json');

  it('writes every part’s files, the first part’s winning, and a shard’s own plans only', () => {
    const first = assembleSite(site, parts('b1'), manifest);
    expect(first).toMatchObject({ afresh: true, files: 8 });
    expect(Object.keys(tree(site)).sort()).toEqual([
      '_astro/site.1a2b.css',
      'data/plans/dongli-2021-2025.json',
      'index.html',
      'plans/baijiantan-2021-2025/3/index.html',
      'plans/baijiantan-2021-2025/4/index.html',
      'plans/baijiantan-2021-2025/index.html',
      'plans/dongli-2021-2025/index.html',
      'search/index.html',
    ]);
    expect(statSync(join(site, '_astro/site.1a2b.css')).ino).toBe(statSync(join(shardA, '_astro/site.1a2b.css')).ino);
  });

  it('changes nothing when no stamp changed', () => {
    expect(assembleSite(site, parts('b1'), manifest)).toMatchObject({ afresh: false, linked: 0, removed: 0 });
  });

  it('after a shard is rebuilt, links its files again and removes those that went, leaving the others’ as they were', () => {
    const hubPage = statSync(join(site, 'index.html')).ino;
    writeOutput(shardB, {
      '_astro/site.1a2b.css': 'body{}',
      'plans/baijiantan-2021-2025/index.html': '<h1>白碱滩区</h1>',
      'plans/baijiantan-2021-2025/3/index.html': `${chapter}<p>本段经编辑修订。</p>`,
    });
    const again = assembleSite(site, parts('b2'), manifest);
    // The shard's two pages; its stylesheet is the first shard's.
    expect(again).toMatchObject({ afresh: false, linked: 2, removed: 1 });
    expect(existsSync(join(site, 'plans/baijiantan-2021-2025/4'))).toBe(false);
    expect(readFileSync(join(site, 'plans/baijiantan-2021-2025/3/index.html'), 'utf8')).toContain('本段经编辑修订');
    expect(statSync(join(site, 'index.html')).ino).toBe(hubPage);

    const fresh = join(root, 'fresh');
    assembleSite(fresh, parts('b2'), join(root, 'fresh.json'));
    expect(tree(site)).toEqual(tree(fresh));
  });

  it('writes the site afresh when the previous assembly is lost', () => {
    rmSync(manifest);
    writeFileSync(join(site, 'stray.html'), 'left by something else');
    expect(assembleSite(site, parts('b2'), manifest)).toMatchObject({ afresh: true });
    expect(existsSync(join(site, 'stray.html'))).toBe(false);
  });
});
