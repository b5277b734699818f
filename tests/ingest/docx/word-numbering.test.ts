import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../scripts/ingest/docx/ooxml.ts';
import { readNumbering } from '../../../scripts/ingest/docx/read-numbering.ts';
import { WordNumbering } from '../../../scripts/ingest/docx/word-numbering.ts';
import { level, numberingXml } from './minimal-docx.ts';

function engine(inner: string): WordNumbering {
  return new WordNumbering(readNumbering(parseXml(numberingXml(inner), 'numbering.xml')));
}

/** Labels of a run of numbered paragraphs, each `numId:ilvl`. */
function labels(numbering: WordNumbering, paragraphs: string[]): string[] {
  return paragraphs.map((paragraph) => {
    const [numId, ilvl] = paragraph.split(':');
    return numbering.next(numId!, Number(ilvl))?.text ?? 'null';
  });
}

/** 部分 → 一、 → （一） → 1. in Chinese counting, as 张掖's plan prints them. */
const PLAN_LEVELS = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '第%1部分')}${level(1, 'chineseCounting', '%2、')}${level(2, 'chineseCounting', '（%3）')}${level(3, 'decimal', '%4.')}</w:abstractNum>`;

describe('WordNumbering: the labels Word prints', () => {
  it('counts each level in its pattern and restarts the deeper levels when a higher one is used', () => {
    const numbering = engine(`${PLAN_LEVELS}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    expect(labels(numbering, ['1:0', '1:1', '1:2', '1:2', '1:3', '1:3', '1:2', '1:1', '1:2', '1:0', '1:1'])).toEqual([
      '第一部分',
      '一、',
      '（一）',
      '（二）',
      '1.',
      '2.',
      '（三）',
      '二、',
      '（一）',
      '第二部分',
      '一、',
    ]);
  });

  it('starts a level at its start value (白碱滩 第三章 …)', () => {
    const numbering = engine(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '第%1章', 3)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    );
    expect(labels(numbering, ['1:0', '1:0', '1:0'])).toEqual(['第三章', '第四章', '第五章']);
  });

  it('never restarts a level whose lvlRestart is 0: 章 numbered across 篇, 节 restarting in each 章', () => {
    const numbering = engine(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '第%1篇')}${level(1, 'chineseCounting', '第%2章', 1, '<w:lvlRestart w:val="0"/>')}${level(2, 'chineseCounting', '第%3节')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    expect(labels(numbering, ['1:0', '1:1', '1:2', '1:2', '1:1', '1:2', '1:0', '1:1', '1:2'])).toEqual([
      '第一篇',
      '第一章',
      '第一节',
      '第二节',
      '第二章',
      '第一节',
      '第二篇',
      '第三章',
      '第一节',
    ]);
  });

  it('restarts a level only after the level lvlRestart names, not after deeper ones', () => {
    const numbering = engine(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.', 1, '<w:lvlRestart w:val="1"/>')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    expect(labels(numbering, ['1:0', '1:2', '1:1', '1:2', '1:1', '1:2', '1:0', '1:2'])).toEqual([
      '一、',
      '1.',
      '（一）',
      '2.',
      '（二）',
      '3.',
      '二、',
      '1.',
    ]);
  });

  it('continues one list across instances of one definition, and restarts where an instance overrides the start', () => {
    const numbering = engine(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '（%1）')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    );
    expect(labels(numbering, ['1:0', '1:0', '2:0', '3:0', '3:0', '1:0'])).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（一）',
      '（二）',
      '（三）',
    ]);
  });

  it('uses a level an instance redefines in its override', () => {
    const numbering = engine(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}</w:abstractNum>` +
        `<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${level(0, 'decimalEnclosedCircle', '%1', 1)}</w:lvlOverride></w:num>`,
    );
    expect(labels(numbering, ['4:0', '4:0'])).toEqual(['①', '②']);
  });

  it('prints every number of a legal-style level in decimal digits', () => {
    const numbering = engine(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '第%1章')}${level(1, 'decimal', '%1.%2', 1, '<w:isLgl/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    );
    expect(labels(numbering, ['1:0', '1:0', '1:1', '1:1'])).toEqual(['第一章', '第二章', '2.1', '2.2']);
  });

  it('prints a level not yet used at its start value, and a full-width pattern as written', () => {
    const numbering = engine(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1')}${level(1, 'decimalFullWidth', '%1．%2．')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    );
    expect(labels(numbering, ['1:1', '1:1'])).toEqual(['1．１．', '1．２．']);
  });

  it('reads a Word 2010 custom format wrapped in mc:AlternateContent, and its fallback when it is unknown', () => {
    const custom = (pattern: string) =>
      `<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="${pattern}"/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl>`;
    const numbering = engine(
      `<w:abstractNum w:abstractNumId="0">${custom('001, 002, 003, ...')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${custom('一, 二, 三, ...')}</w:abstractNum><w:abstractNum w:abstractNumId="2">${custom('α, β, γ, ...')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>',
    );
    expect(labels(numbering, ['1:0', '1:0', '2:0', '2:0', '3:0'])).toEqual(['001.', '002.', '一.', '二.', '1.']);
  });

  it('returns null for a list numbering.xml does not define', () => {
    expect(labels(engine(PLAN_LEVELS), ['9:0'])).toEqual(['null']);
  });
});
