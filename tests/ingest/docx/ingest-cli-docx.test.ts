import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFormat, unreadableSourceMessage } from '../../../scripts/ingest/docx/source-format.ts';
import { runIngest, warningsReport } from '../run-ingest.ts';
import { tempDir } from '../../temp-dir.ts';

const fixtures = new URL('../../fixtures/docx/', import.meta.url).pathname;

describe('source formats by extension', () => {
  it('reads .txt, .docx and .doc in any case, and nothing else', () => {
    expect(['a.txt', 'b.DOCX', 'c.doc', 'd.yml', 'e.pdf', 'README'].map(sourceFormat)).toEqual(['text', 'docx', 'doc', null, null, null]);
  });

  it('says what to export instead of an .odt, a .wps or a .pdf', () => {
    expect(unreadableSourceMessage('content/sources/zhangye.odt')).toMatch(/\.odt .*save it as Word \(\.docx\)/u);
    expect(unreadableSourceMessage('zhangye.wps')).toMatch(/WPS Writer.*\.docx/u);
    expect(unreadableSourceMessage('zhangye.PDF')).toMatch(/PDF keeps no document structure.*\.docx or \.doc.*\.txt/u);
    expect(unreadableSourceMessage('zhangye.yml')).toBeNull();
  });
});

describe('npm run ingest with a Word document in content/sources/', () => {
  const sources = tempDir('planpress-docx-sources-');
  const out = tempDir('planpress-docx-out-');
  copyFileSync(join(fixtures, 'dongli-libreoffice.docx'), join(sources, 'dongli.docx'));
  writeFileSync(join(sources, 'dongli.yml'), 'id: dongli-2021-2025\nregion: 天津市东丽区\n');
  writeFileSync(join(sources, 'scan.pdf'), '%PDF-1.7\n');
  writeFileSync(join(sources, 'draft.odt'), 'PK');
  const run = runIngest('--sources', sources, '--out', out, '--no-cache');

  it('builds the plan from the .docx with its sidecar, and names paragraphs in its warnings', () => {
    expect(run.stdout).toMatch(/^dongli-2021-2025: 1 chapter, 2 sections, 1 table, 4 columns, \d+ warnings$/mu);
    expect(warningsReport(out)).toContain('dongli.docx:10: number-restored: column "新时代立德树人工程"');
    const plan = JSON.parse(readFileSync(join(out, 'dongli-2021-2025', 'plan.json'), 'utf8'));
    expect(plan.source.format).toBe('docx');
    expect(readdirSync(out)).toEqual(['dongli-2021-2025']);
  });

  it('reports the formats it does not read, naming each file, and still builds the rest', () => {
    expect(run.stderr).toMatch(/warning .*scan\.pdf: the ingest does not read \.pdf files/u);
    expect(run.stderr).toMatch(/warning .*draft\.odt: the ingest does not read \.odt files/u);
    expect(run.status).toBe(0);
  });
});
