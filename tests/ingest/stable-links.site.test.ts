/**
 * The corrected edition of 张掖 (tests/ingest/corrected-edition.ts), ingested over the committed
 * publish record and built as a site: every link of the published edition, opened in the built
 * pages, shows its passage, or a note that it changed, moved or is gone.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPublishRecord } from '../../scripts/ingest/publish-record.ts';
import { correctedEdition } from './corrected-edition.ts';
import { astroBin } from '../../scripts/build/site-root.ts';

const root = resolve(new URL('../../', import.meta.url).pathname);
const record = readPublishRecord(
  readFileSync(join(root, 'content/published/zhangye-2026-2030.json'), 'utf8'),
  'content/published/zhangye-2026-2030.json',
);
const flat = (text: string) => text.replace(/\s+/gu, '').replace(/…$/u, '');

describe('the corrected edition of 张掖, built over its publish record', () => {
  // Inside the project (tmp/ is ignored), as the site tests build, so that Astro keeps its chunks apart.
  mkdirSync(join(root, 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'tmp', 'edition-'));
  const page = (path: string) => fromHtml(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8'));
  let ingestOutput = '';

  beforeAll(() => {
    mkdirSync(join(dir, 'sources'));
    mkdirSync(join(dir, 'published'));
    writeFileSync(
      join(dir, 'sources/zhangye-2026-2030.txt'),
      correctedEdition(readFileSync(join(root, 'content/sources/zhangye-2026-2030.txt'), 'utf8')),
    );
    copyFileSync(join(root, 'content/sources/zhangye-2026-2030.yml'), join(dir, 'sources/zhangye-2026-2030.yml'));
    copyFileSync(join(root, 'content/published/zhangye-2026-2030.json'), join(dir, 'published/zhangye-2026-2030.json'));
    ingestOutput = run(['scripts/ingest.ts', '--sources', join(dir, 'sources'), '--out', join(dir, 'plans'), '--no-cache'], {});
    run([astroBin(), 'build'], {
      PLANPRESS_CONTENT_DIR: join(dir, 'plans'),
      PLANPRESS_OUT_DIR: join(dir, 'dist'),
      PLANPRESS_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      PLANPRESS_PREVIEW: '1',
    });
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the ingest reports what became of the published links', () => {
    expect(ingestOutput).toContain('published links: 69 kept, 1 reworded, 0 moved, 0 gone (a note at each), 6 new passages');
  });

  it('every published link shows its passage, or a note naming it', () => {
    const counts = { passage: 0, note: 0 };
    for (const unit of record.units) {
      const [chapter, anchor] = unit.key.split('#');
      const html = page(`plans/zhangye-2026-2030/${chapter}`);
      const target = anchor ? select(`[id="${anchor}"]`, html) : select('h1', html);
      expect(target, `${unit.key} is on its page`).toBeDefined();
      const shown = flat(toText(target as Element));
      const notes = flat(toText(select('.old-links', html) ?? { type: 'root', children: [] }));
      if (shown.includes(flat(unit.excerpt))) counts.passage++;
      else {
        expect(notes, `${unit.key} shows "${shown.slice(0, 30)}" and no note names "${unit.excerpt}"`).toContain(flat(unit.excerpt));
        counts.note++;
      }
    }
    expect(counts).toEqual({ passage: record.units.length - 1, note: 1 });
  });

  it('the new chapter and table take numbers never published', () => {
    expect(toText(select('h1', page('plans/zhangye-2026-2030/4'))!)).toContain('编制依据');
    expect(readFileSync(join(dir, 'dist/plans/zhangye-2026-2030/tables/3.csv'), 'utf8')).toContain('各级各类学校（所）');
    expect(readFileSync(join(dir, 'dist/plans/zhangye-2026-2030/tables/1.csv'), 'utf8')).toContain('学前三年毛入园率');
  });
});

function run(args: string[], env: Record<string, string>): string {
  const result = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
