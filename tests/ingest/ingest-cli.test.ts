import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, projectRoot as root, runIngest, warningsReport } from './run-ingest.ts';
import { tempDir } from '../temp-dir.ts';

const realSources = join(root, 'content/sources');

describe('npm run ingest', () => {
  it('writes byte-identical output on two runs', () => {
    const [first, second] = [tempDir('planpress-a-'), tempDir('planpress-b-')];
    expect(runIngest('--out', first).status).toBe(0);
    expect(runIngest('--out', second).status).toBe(0);
    const [a, b] = [filesUnder(first), filesUnder(second)];
    expect([...a.keys()]).toContain('zhangye-2026-2030/plan.json');
    expect([...a.keys()]).toContain('baijiantan-2021-2025/chapters/06.mdx');
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
  });

  describe('with broken sources beside a good one', () => {
    const content = tempDir('planpress-content-');
    const [sources, published] = [join(content, 'sources'), join(content, 'published')];
    mkdirSync(sources);
    const out = tempDir('planpress-out-');
    copyFileSync(join(realSources, 'zhangye-2026-2030.txt'), join(sources, 'zhangye-2026-2030.txt'));
    copyFileSync(join(realSources, 'zhangye-2026-2030.yml'), join(sources, 'zhangye-2026-2030.yml'));
    writeFileSync(join(sources, 'empty.txt'), '');
    writeFileSync(join(sources, 'scan.txt'), readFileSync(new URL('../fixtures/encodings/png-header.bin', import.meta.url)));
    copyFileSync(join(realSources, 'shuanghe-2026-2030.txt'), join(sources, 'typo-in-sidecar.txt'));
    writeFileSync(join(sources, 'typo-in-sidecar.yml'), 'title: 第五师双河市“十五五”教育发展规划\nregoin: 第五师双河市\n');
    copyFileSync(join(realSources, 'dongli-2021-2025.txt'), join(sources, 'zz-same-id.txt'));
    writeFileSync(join(sources, 'zz-same-id.yml'), 'id: zhangye-2026-2030\n');
    // zhangye is published from its own file: the id is its, whichever file sorts first.
    mkdirSync(published);
    writeFileSync(
      join(published, 'zhangye-2026-2030.json'),
      JSON.stringify({ recordVersion: 1, id: 'zhangye-2026-2030', source: 'zhangye-2026-2030.txt', units: [] }),
    );
    const run = runIngest('--sources', sources, '--out', out);

    it('reports each broken source with its file name and why', () => {
      expect(run.stderr).toMatch(/error .*empty\.txt: the file is empty/u);
      expect(run.stderr).toMatch(/error .*scan\.txt: .*binary/u);
      expect(run.stderr).toMatch(/error .*typo-in-sidecar\.yml: .*regoin/u);
      expect(run.stderr).toMatch(/error .*zz-same-id\.txt: plan id "zhangye-2026-2030" is published from .*\/zhangye-2026-2030\.txt/u);
    });

    it('still builds the good plans, and exits 0 so the rest of the site builds', () => {
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^zhangye-2026-2030: 3 chapters, 12 sections, 2 tables, 0 columns, 2 warnings$/mu);
      expect(readdirSync(out)).toEqual(['zhangye-2026-2030']);
    });

    it('fails with --strict', () => {
      expect(runIngest('--sources', sources, '--out', tempDir('planpress-strict-'), '--strict').status).toBe(1);
    });
  });

  it('counts each plan’s warnings by code, and writes every warning with file and line to the file it names', () => {
    const out = join(tempDir('planpress-warnings-'), 'plans');
    const run = runIngest('--out', out);
    expect(run.stdout).toMatch(
      /^xiandaihua-2025: .*, 7 warnings\n {2}5 merged-cell-repeated, 1 metadata-missing, 1 task-list-empty-column$/mu,
    );
    expect(run.stdout).not.toContain('content/sources/xiandaihua-2025.txt:78');
    expect(run.stdout).toMatch(/^every warning with its file and line: .*plans\.warnings\.txt$/mu);
    const report = warningsReport(out);
    expect(report).toContain(
      'content/sources/baijiantan-2021-2025.txt:6: number-restored: chapter "发展基础" has no label in the export; restored as 第一章 from the sequence',
    );
    expect(report).toContain('content/sources/xiandaihua-2025.txt:78: merged-cell-repeated:');
    expect(run.stdout).toMatch(/^ingested 5 of 5 plans into .* in \d+\.\d+ s; \d+ warnings, 0 errors$/mu);
  });
});
