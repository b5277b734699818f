/**
 * The Word fixtures (tests/fixtures/docx/, made by scripts/fixtures/make-docx-fixtures.ts from seed
 * and plans-dev excerpts) read through the .docx path, beside the text path on the same excerpt:
 * equal wherever the text path is right, and the document's answer where the text path guessed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../scripts/ingest/build-outline.ts';
import { cleanLines } from '../../../scripts/ingest/clean-lines.ts';
import { decodeSource } from '../../../scripts/ingest/decode-source.ts';
import { convertDocToDocx, findSoffice } from '../../../scripts/ingest/docx/convert-doc.ts';
import { readDocx } from '../../../scripts/ingest/docx/read-docx.ts';
import { ingestPlan } from '../../../scripts/ingest/ingest-plan.ts';
import { segmentBlocks, type Segment } from '../../../scripts/ingest/segment-blocks.ts';
import type { Block, Paragraph } from '../../../src/lib/plan-schema.ts';
import { describeOutline } from '../describe-outline.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/docx/${name}`, import.meta.url));
const ingestFixture = (name: string) => ingestPlan({ file: `content/sources/${name}`, bytes: fixture(name) }).plan;
const project = (path: string) => new URL(`../../../${path}`, import.meta.url);
/** Lines 1–88 and 186–196 of the plans-dev 纲要. */
const CN14TH = project('tests/fixtures/plans/cn14th-excerpt.txt');

/** The text path's segments of lines `from`–`to` of a text export. */
function textSegments(url: URL, from = 1, to = Infinity): Segment[] {
  const lines = cleanLines(decodeSource(readFileSync(url)).text).filter((line) => line.line >= from && line.line <= to);
  return segmentBlocks(lines).segments;
}

type Headings = Array<{ chapter: string; sections: string[] }>;
const headingsOf = (chapters: ReturnType<typeof buildOutline>['chapters']): Headings =>
  chapters.map((chapter) => ({
    chapter: `${chapter.number}${chapter.numberRestored ? '*' : ''} ${chapter.title}`,
    sections: chapter.sections.map((section) => `${section.number}${section.numberRestored ? '*' : ''} ${section.title}`),
  }));
const paragraphTexts = (blocks: readonly Block[]) =>
  blocks.filter((block): block is Paragraph => block.type === 'paragraph').map((block) => block.text);
const allParagraphs = (chapters: ReturnType<typeof buildOutline>['chapters']) =>
  chapters.flatMap((chapter) => [
    ...paragraphTexts(chapter.blocks),
    ...chapter.sections.flatMap((section) => paragraphTexts(section.blocks)),
  ]);

describe('白碱滩 第三章–第五章, chapter and section labels printed by Word numbering (docx package)', () => {
  const plan = ingestFixture('baijiantan-word-numbering.docx');
  const text = buildOutline(textSegments(project('tests/fixtures/plans/baijiantan-lost-chapter-labels.txt')), 'test-plan');

  it('reads every label as printed, where the text export lost four and the text path restored them', () => {
    expect(headingsOf(plan.chapters)).toEqual([
      { chapter: '第三章 主要任务', sections: ['一、 加强党对教育全面领导'] },
      { chapter: '第四章 核心任务', sections: ['一、 育人模式改革', '二、 课程建设改革', '三、 教育评价改革'] },
      { chapter: '第五章 保障措施', sections: ['一、 组织保障', '二、 法治保障'] },
    ]);
    const textHeadings = headingsOf(text.chapters);
    expect(JSON.stringify(textHeadings)).toContain('第四章* 核心任务');
    expect(JSON.parse(JSON.stringify(textHeadings).replace(/\*/gu, ''))).toEqual(headingsOf(plan.chapters));
    expect(plan.warnings.filter((warning) => warning.code === 'number-restored')).toEqual([]);
    expect(text.warnings.filter((warning) => warning.code === 'number-restored')).toHaveLength(4);
  });

  it('keeps the same paragraphs as the text path, and the 专栏 of its text box whole', () => {
    expect(allParagraphs(plan.chapters)).toEqual(allParagraphs(text.chapters));
    const columns = buildOutline(textSegments(project('tests/fixtures/plans/baijiantan-columns-at-end.txt')), 'test-plan').columns;
    expect(
      plan.columns.map(({ number, numberRestored, title, items, chapter }) => ({ number, numberRestored, title, items, chapter })),
    ).toEqual([{ number: '专栏1', numberRestored: false, title: columns[0]!.title, items: columns[0]!.items, chapter: 2 }]);
  });

  it('loses nothing and says it was read from a Word document', () => {
    expect(plan.warnings.filter((warning) => warning.code === 'text-not-placed')).toEqual([]);
    expect(plan.source).toMatchObject({ file: 'content/sources/baijiantan-word-numbering.docx', encoding: 'ooxml', format: 'docx' });
  });
});

describe('纲要 第一篇–第二篇 with 篇, 章 across 篇 and 节 restarting per 章 (docx package)', () => {
  const { segments, lines } = readDocx(fixture('cn14th-word-numbering.docx'));
  const typed = textSegments(CN14TH);

  it('prints the labels the plan types, from two numbering lists', () => {
    const printed = segments.flatMap((segment) =>
      segment.kind === 'text' && segment.word?.numberingLabel ? [segment.word.numberingLabel] : [],
    );
    const typedLabels = typed.flatMap((segment) =>
      segment.kind === 'text' ? (/^第.{1,3}[篇章节]/u.exec(segment.line.text)?.[0] ?? []) : [],
    );
    expect(printed).toEqual(typedLabels);
    expect(printed.slice(-4)).toEqual(['第二篇', '第四章', '第一节', '第二节']);
  });

  it('reads 专栏1 with 类别 merged down its rows, as spans the document states, and the same cells as the text path', () => {
    const table = segments.find((segment) => segment.kind === 'table')!;
    const textTable = typed.find((segment) => segment.kind === 'table')!;
    if (table.kind !== 'table' || textTable.kind !== 'table') throw new Error('no table');
    expect(table.caption?.text).toBe('专栏1 “十四五”时期经济社会发展主要指标¹');
    expect(table.wordSpans).toEqual([
      { row: 1, col: 0, rowSpan: 3, colSpan: 1 },
      { row: 4, col: 0, rowSpan: 3, colSpan: 1 },
    ]);
    expect(table.table.header).toEqual(textTable.table.header);
    expect(table.table.rows).toEqual(textTable.table.rows.slice(0, 6));
    expect(table.table.spans).toEqual(textTable.table.spans.slice(0, 2));
  });

  it('places the footnote (the table 注) after the table, with the mark Word prints', () => {
    const index = segments.findIndex((segment) => segment.kind === 'table');
    const note = segments[index + 1]!;
    expect(note.kind === 'text' && note.word?.note).toBe('footnote');
    expect(note.kind === 'text' && note.line.text).toMatch(/^¹注：①〔〕内为5年累计数。②带\*的为2019年数据。/u);
  });

  it('prints every line of the excerpt, labels aside', () => {
    const docxText = lines
      .map((line) => line.text.replace(/^第.{1,3}[篇章节]/u, '').replace(/¹/gu, ''))
      .join('')
      .replace(/\s+/gu, '');
    for (const segment of typed)
      if (segment.kind === 'text') expect(docxText).toContain(segment.line.text.replace(/^第.{1,3}[篇章节]/u, '').replace(/\s+/gu, ''));
  });
});

describe('张掖 第三部分 with （一）…（十五） running on across sections, numbered by one Word list (docx package, lvlRestart)', () => {
  const plan = ingestFixture('zhangye-run-in.docx');
  const text = buildOutline(textSegments(project('tests/fixtures/plans/zhangye-run-in-headings.txt')), 'test-plan');
  const runIn = (chapters: typeof text.chapters) =>
    chapters[0]!.sections.map((section) =>
      section.blocks.flatMap((block) => (block.type === 'paragraph' ? [`${block.number} ${block.lead}`] : [])),
    );

  it('reads the same divisions, run-in labels and leads as the text path, which typed them', () => {
    expect(headingsOf(plan.chapters)).toEqual(headingsOf(text.chapters));
    expect(runIn(plan.chapters)).toEqual(runIn(text.chapters));
    expect(runIn(plan.chapters).map((labels) => labels.map((label) => label.split(' ')[0]))).toEqual([
      ['（一）', '（二）', '（三）'],
      ['（四）', '（五）', '（六）', '（七）', '（八）'],
      ['（九）', '（十）', '（十一）'],
      ['（十二）', '（十三）', '（十四）', '（十五）'],
    ]);
    // The fixture was written from the export's cleaned lines, which then dropped the space in “书香同行 阅读青春”.
    const spaceless = (paragraphs: string[]) => paragraphs.map((paragraph) => paragraph.replace(/\s+/gu, ''));
    expect(spaceless(allParagraphs(plan.chapters))).toEqual(spaceless(allParagraphs(text.chapters)));
    expect(
      plan.warnings.filter(
        (warning) => !warning.code.startsWith('title') && !warning.code.startsWith('metadata') && warning.code !== 'outline-flat',
      ),
    ).toEqual([]);
  });
});

describe('加快推进 任务清单 with 主要任务 merged and 序号 numbered by Word (docx package)', () => {
  const plan = ingestFixture('xiandaihua-task-list.docx');
  const seed = ingestPlan({
    file: 'content/sources/xiandaihua-2025.txt',
    bytes: readFileSync(project('content/sources/xiandaihua-2025.txt')),
  }).plan;
  const [table] = plan.tables;
  const textTable = seed.tables.find((candidate) => candidate.kind === 'task-list')!;

  it('reads the 序号 Word printed, restarting in each 行动计划, where the text export shows an empty column', () => {
    expect(table!.kind).toBe('task-list');
    expect(table!.rows.map((row) => row[1])).toEqual(['1.', '2.', '3.', '4.', '5.', '1.', '2.', '3.', '4.', '5.']);
    expect(textTable.rows.slice(0, 10).map((row) => row[1])).toEqual(Array(10).fill(''));
    expect(seed.warnings.map((warning) => warning.code)).toContain('task-list-empty-column');
  });

  it('knows 主要任务 is merged from the document, where the text path inferred it from repeated prints', () => {
    expect(table!.spans).toEqual([
      { row: 0, col: 0, rowSpan: 5 },
      { row: 5, col: 0, rowSpan: 5 },
    ]);
    expect(table!.spans).toEqual(textTable.spans.slice(0, 2));
    expect(seed.warnings.filter((warning) => warning.code === 'merged-cell-repeated').length).toBeGreaterThan(0);
    expect(plan.warnings.map((warning) => warning.code)).not.toContain('merged-cell-repeated');
  });

  it('has every other cell, and the caption, as the text path reads them', () => {
    const without序号 = (rows: string[][]) => rows.map((row) => row.filter((_, c) => c !== 1));
    expect(without序号(table!.rows)).toEqual(without序号(textTable.rows.slice(0, 10)));
    expect(table!.header).toEqual(textTable.header);
    expect(table!.caption).toBe(textTable.caption);
  });
});

describe('东丽 三、(一)–(二) with framed 工程 boxes and a numbered list (LibreOffice from HTML)', () => {
  const plan = ingestFixture('dongli-libreoffice.docx');
  const text = buildOutline(textSegments(project('content/sources/dongli-2021-2025.txt')), 'dongli-2021-2025');
  const { segments } = readDocx(fixture('dongli-libreoffice.docx'));

  it('reads each box whole, its end known, and finds the columns the text path found from ( ) fragments', () => {
    const boxes = segments.filter((segment) => segment.kind === 'box');
    expect(boxes.map((box) => box.kind === 'box' && box.wordBox)).toEqual(['text-box', 'text-box', 'text-box', 'text-box']);
    const columns = (list: typeof plan.columns) =>
      list.map(({ number, numberRestored, title, items }) => ({ number, numberRestored, title, items }));
    expect(columns(plan.columns)).toEqual(columns(text.columns.slice(0, 4)));
  });

  it('reads the measures Word numbered 1. 2. 3. with their leads; the text export printed no labels there', () => {
    const section = plan.chapters[0]!.sections[0]!;
    expect(section.blocks.map((block) => block.type === 'paragraph' && `${block.number} ${block.lead}`)).toEqual([
      '1. 坚持和完善党的领导。',
      '2. 全面加强基层党建工作。',
      '3. 营造风清气正干事创业氛围。',
    ]);
    const textSection = text.chapters[2]!.sections[0]!;
    expect(textSection.blocks.map((block) => block.type === 'paragraph' && (block.number ?? null))).toEqual([null, null, null]);
    expect(paragraphTexts(textSection.blocks)).toEqual(paragraphTexts(section.blocks));
  });

  it('reads the indicator table with its multi-line cells as the text path does', () => {
    const { n: _docxN, chapter: _docxChapter, section: _docxSection, line: _docxLine, ...docxTable } = plan.tables[0]!;
    const { n: _n, chapter: _chapter, section: _section, line: _line, ...textTable } = text.tables[0]!;
    expect(docxTable).toEqual({ ...textTable, caption: '表 “十四五”期间东丽教育事业发展主要目标' });
    expect(plan.warnings.filter((warning) => warning.code === 'text-not-placed')).toEqual([]);
  });
});

describe('双河 一、–二、 numbered by LibreOffice outline numbering tied to the Heading styles (LibreOffice from flat ODF)', () => {
  const plan = ingestFixture('shuanghe-libreoffice.docx');
  const text = buildOutline(textSegments(project('tests/fixtures/plans/shuanghe-no-title-line.txt')), 'test-plan');

  it('numbers the headings through their style, and reads the same plan as the text path, which typed the labels', () => {
    const { segments } = readDocx(fixture('shuanghe-libreoffice.docx'));
    const numbered = segments.flatMap((segment) =>
      segment.kind === 'text' && segment.word?.numberingLabel ? [`${segment.word.styleName}: ${segment.word.numberingLabel}`] : [],
    );
    expect(numbered).toEqual(['Heading 1: 一、', 'Heading 2: （一）', 'Heading 2: （二）', 'Heading 1: 二、']);
    expect(headingsOf(plan.chapters)).toEqual(headingsOf(text.chapters));
    expect(plan.preamble).toEqual(text.preamble);
    expect(allParagraphs(plan.chapters)).toEqual(allParagraphs(text.chapters));
    expect(plan.warnings.filter((warning) => warning.code === 'text-not-placed')).toEqual([]);
  });
});

describe('纲要 专栏1 with row spans, a note across the width and a footnote (LibreOffice from HTML)', () => {
  const { segments } = readDocx(fixture('cn14th-libreoffice.docx'));
  const table = segments.find((segment) => segment.kind === 'table');

  it('reads the row spans of 类别 and the column span of the note row', () => {
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.wordSpans).toEqual([
      { row: 1, col: 0, rowSpan: 3, colSpan: 1 },
      { row: 4, col: 0, rowSpan: 3, colSpan: 1 },
      { row: 7, col: 0, rowSpan: 1, colSpan: 6 },
    ]);
    expect(table.table.spans).toEqual([
      { row: 0, col: 0, rowSpan: 3 },
      { row: 3, col: 0, rowSpan: 3 },
    ]);
    expect(table.table.rows.at(-1)).toEqual([expect.stringMatching(/^注：①〔〕内为5年累计数。/u), '', '', '', '', '']);
  });

  it('reads the footnote LibreOffice made of the HTML note', () => {
    const notes = segments.filter((segment) => segment.kind === 'text' && segment.word?.note === 'footnote');
    expect(notes.map((note) => note.kind === 'text' && note.line.text)).toEqual(['¹注：①〔〕内为5年累计数。']);
  });

  it('reads the 专栏1 line above the table as its caption, as the text path does: one column holding the table', () => {
    const plan = ingestFixture('cn14th-libreoffice.docx');
    expect(plan.columns.map((column) => [column.number, column.table, column.items.length])).toEqual([['专栏1', 1, 0]]);
    expect(plan.tables[0]!.column).toBe(1);
    expect(plan.warnings.map((warning) => warning.code)).not.toContain('table-caption-missing');
  });
});

describe('a .doc, converted by LibreOffice', () => {
  it.runIf(findSoffice() !== null)(
    'builds the same plan as the .docx it was saved from',
    () => {
      const doc = ingestPlan({ file: 'content/sources/dongli-libreoffice.doc', bytes: fixture('dongli-libreoffice.doc') }).plan;
      const docx = ingestFixture('dongli-libreoffice.docx');
      expect(doc.source.format).toBe('doc');
      expect(describeOutline(doc)).toBe(describeOutline(docx));
      expect(doc.warnings.filter((warning) => warning.code === 'text-not-placed')).toEqual([]);
    },
    120_000,
  );

  it('says what to do when LibreOffice is not installed', () => {
    expect(() => convertDocToDocx(fixture('dongli-libreoffice.doc'), null)).toThrow(
      /LibreOffice, which is not installed: install it \(Debian: apt-get install libreoffice-writer-nogui\) or save the document as \.docx/u,
    );
  });
});
