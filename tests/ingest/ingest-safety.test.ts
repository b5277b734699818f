/**
 * Issue 10's probes of `npm run ingest` as a busy editor (and an attacker) runs it: the output
 * folder, the lock, a takeover by sidecar id, dropped-in files of other formats, lost text.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot as root, runIngest, warningsReport } from './run-ingest.ts';
import { tempDir } from '../temp-dir.ts';

const SEEDS = ['baijiantan-2021-2025', 'dongli-2021-2025', 'shuanghe-2026-2030', 'xiandaihua-2025', 'zhangye-2026-2030'];

/** A folder laid out like the project's `content/`, with the given seeds copied into `sources/`. */
function contentWith(seeds: readonly string[]): { content: string; sources: string } {
  const content = join(tempDir('planpress-safety-'), 'content');
  const sources = join(content, 'sources');
  mkdirSync(sources, { recursive: true });
  for (const seed of seeds) {
    for (const extension of ['txt', 'yml'])
      copyFileSync(join(root, 'content/sources', `${seed}.${extension}`), join(sources, `${seed}.${extension}`));
  }
  return { content, sources };
}

describe('the output folder', () => {
  it('`--out content` is refused and deletes nothing (it once deleted content/sources/)', () => {
    const { content, sources } = contentWith(['zhangye-2026-2030']);
    const run = runIngest('--sources', sources, '--out', content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/error: the output folder .*\/content overlaps .*\/content\/sources/u);
    expect(readdirSync(sources).sort()).toEqual(['zhangye-2026-2030.txt', 'zhangye-2026-2030.yml']);
  });

  it('a folder holding a file the ingest did not write is refused, and the file kept', () => {
    const { content, sources } = contentWith(['zhangye-2026-2030']);
    const out = join(content, 'plans');
    mkdirSync(out);
    writeFileSync(join(out, '会议纪要.docx'), 'an editor’s file');
    const run = runIngest('--sources', sources, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('holds files the ingest did not write (会议纪要.docx)');
    expect(readFileSync(join(out, '会议纪要.docx'), 'utf8')).toBe('an editor’s file');
  });

  it('its own earlier output is replaced whole: a removed source leaves nothing, no staging folder is left', () => {
    const { content, sources } = contentWith(['zhangye-2026-2030', 'dongli-2021-2025']);
    const out = join(content, 'plans');
    expect(runIngest('--sources', sources, '--out', out).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['dongli-2021-2025', 'zhangye-2026-2030']);
    writeFileSync(join(sources, 'dongli-2021-2025.txt'), '');
    expect(runIngest('--sources', sources, '--out', out).status).toBe(0);
    expect(readdirSync(out)).toEqual(['zhangye-2026-2030']);
    expect(readdirSync(content).sort()).toEqual(['plans', 'plans.warnings.txt', 'sources']);
  });
});

describe('two ingests at once', () => {
  it('never crash and never leave plans missing: the second waits for the first’s lock', async () => {
    const { content, sources } = contentWith(SEEDS);
    const out = join(content, 'plans');
    const ingest = () =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
        const child = spawn(process.execPath, ['scripts/ingest.ts', '--sources', sources, '--out', out, '--no-cache'], { cwd: root });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('close', (status) => done({ status, stdout, stderr }));
      });
    for (let round = 0; round < 4; round++) {
      const runs = await Promise.all([ingest(), ingest(), ingest()]);
      for (const run of runs) {
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/ingested 5 of 5 plans/u);
      }
      expect(readdirSync(out).sort()).toEqual(SEEDS);
      for (const seed of SEEDS) expect(existsSync(join(out, seed, 'plan.json'))).toBe(true);
      expect(existsSync(`${out}.lock`)).toBe(false);
    }
  }, 120_000);
});

describe('a takeover by sidecar id', () => {
  it('is refused when the id is published from another source, which keeps its URL', () => {
    const { content, sources } = contentWith(['zhangye-2026-2030']);
    mkdirSync(join(content, 'published'));
    writeFileSync(
      join(content, 'published', 'zhangye-2026-2030.json'),
      JSON.stringify({ recordVersion: 1, id: 'zhangye-2026-2030', source: 'zhangye-2026-2030.txt', units: [] }),
    );
    copyFileSync(join(root, 'content/sources/dongli-2021-2025.txt'), join(sources, 'a-notice.txt'));
    writeFileSync(join(sources, 'a-notice.yml'), 'id: zhangye-2026-2030\n');
    const out = join(content, 'plans');
    const run = runIngest('--sources', sources, '--out', out);
    expect(run.stderr).toMatch(/error .*a-notice\.txt: plan id "zhangye-2026-2030" is published from .*\/sources\/zhangye-2026-2030\.txt/u);
    const plan = JSON.parse(readFileSync(join(out, 'zhangye-2026-2030', 'plan.json'), 'utf8')) as { source: { file: string } };
    expect(plan.source.file).toMatch(/\/zhangye-2026-2030\.txt$/u);
  });
});

describe('files the ingest cannot read', () => {
  it('are named on stderr, fatal under --strict, and the plans beside them still build', () => {
    const { content, sources } = contentWith(['zhangye-2026-2030']);
    writeFileSync(join(sources, '双河规划.wps'), 'PK\u0003\u0004');
    writeFileSync(join(sources, 'DONGLI-2021-2025.TXT'), readFileSync(join(root, 'content/sources/dongli-2021-2025.txt')));
    const out = join(content, 'plans');
    const run = runIngest('--sources', sources, '--out', out);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/warning .*双河规划\.wps: the ingest does not read \.wps files: this is a WPS Writer document/u);
    expect(run.stderr).toMatch(/warning .*DONGLI-2021-2025\.TXT: the extension "\.TXT" is not read/u);
    expect(run.stdout).toMatch(/ingested 1 of 1 plan into .*; 2 files not read$/mu);
    expect(runIngest('--sources', sources, '--out', out, '--strict').status).toBe(1);
  });
});

describe('a whitespace-only line holding a TAB, which once moved 17 lines onto the cover', () => {
  const { content, sources } = contentWith(['baijiantan-2021-2025', 'zhangye-2026-2030']);
  const lines = readFileSync(join(sources, 'baijiantan-2021-2025.txt'), 'utf8').split('\n');
  lines.splice(7, 0, '\t');
  writeFileSync(join(sources, 'baijiantan-2021-2025.txt'), lines.join('\n'));
  const out = join(content, 'plans');

  it('is a stray tab: the plan is published with every line in place, the tab named', () => {
    const run = runIngest('--sources', sources, '--out', out);
    expect(run.status).toBe(0);
    expect(warningsReport(out)).toMatch(/baijiantan-2021-2025\.txt:8: stray-tab: /u);
    expect(warningsReport(out)).not.toMatch(/text-not-placed/u);
    expect(readdirSync(out).sort()).toEqual(['baijiantan-2021-2025', 'zhangye-2026-2030']);
  });

  it('accepts the editor’s override of the lossless check on the command line and in the sidecar', () => {
    expect(runIngest('--sources', sources, '--out', out, '--publish-with-lost-text').status).toBe(0);
    writeFileSync(
      join(sources, 'baijiantan-2021-2025.yml'),
      `${readFileSync(join(sources, 'baijiantan-2021-2025.yml'), 'utf8')}publishWithLostText: true\n`,
    );
    expect(runIngest('--sources', sources, '--out', out).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['baijiantan-2021-2025', 'zhangye-2026-2030']);
  });
});
