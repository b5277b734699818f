import { describe, expect, it } from 'vitest';
import { hasSourceText, readSourceText } from '../../src/lib/source-text.ts';

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
});
