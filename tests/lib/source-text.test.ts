import { copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSourceText, readSourceText } from '../../src/lib/source-text.ts';
import { tempDir } from '../temp-dir.ts';

describe('the source text published beside a plan', () => {
  it('is published for a text export', () => {
    expect(hasSourceText('content/sources/zhangye-2026-2030.txt')).toBe(true);
    expect(readSourceText({ file: 'content/sources/zhangye-2026-2030.txt', sha256: '0'.repeat(64), encoding: 'utf-8' })).toMatch(
      /^\uFEFF\n?张掖市“十五五”教育发展规划/u,
    );
  });

  it('is not published for a plan read from a Word document, whose bytes are no text', () => {
    expect(hasSourceText('tests/fixtures/docx/dongli-libreoffice.docx')).toBe(false);
    expect(hasSourceText('tests/fixtures/docx/dongli-libreoffice.doc')).toBe(false);
  });

  it("is read relative to the project, also from a shard's private copy of the site, wherever the sources lie", () => {
    // A corpus outside the project, as a benchmark's: plan.json names its source with `../`.
    const project = tempDir('planpress-project-');
    const sources = tempDir('planpress-sources-');
    copyFileSync('content/sources/zhangye-2026-2030.txt', join(sources, 'zhangye-2026-2030.txt'));
    const file = relative(project, join(sources, 'zhangye-2026-2030.txt'));
    expect(file).toMatch(/^\.\.\//u);
    const env = { PLANPRESS_PROJECT_DIR: project };
    expect(hasSourceText(file, env)).toBe(true);
    expect(readSourceText({ file, sha256: '0'.repeat(64), encoding: 'utf-8' }, env)).toMatch(/^\uFEFF\n?张掖市“十五五”教育发展规划/u);
    // Read from the folder the process runs in instead, the same path names nothing.
    expect(hasSourceText(file, {})).toBe(false);
  });
});
