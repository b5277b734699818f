import * as fflate from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../scripts/ingest/docx/read-docx.ts';
import { ingestPlan } from '../../../scripts/ingest/ingest-plan.ts';
import type { Segment } from '../../../scripts/ingest/segment-blocks.ts';
import { level, makeDocx, numberingXml, p, stylesXml } from './minimal-docx.ts';

const texts = (segments: readonly Segment[]) =>
  segments.map((segment) => {
    if (segment.kind === 'text' || segment.kind === 'blank') return segment.line.text;
    if (segment.kind === 'box') return `[box ${segment.wordBox}: ${segment.lines.map((line) => line.text).join(' | ')}]`;
    return `[table ${segment.caption?.text ?? '-'}]`;
  });

const HEADING_STYLES = stylesXml(
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>',
);
const HEADING_NUMBERING = numberingXml(
  `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '第%1部分')}${level(1, 'chineseCounting', '%2、').replace('<w:start', '<w:pStyle w:val="Heading2"/><w:start')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
);

describe('readDocx: a Word document as segments', () => {
  it('numbers paragraphs through their style, its basedOn chain and the level tied to the style', () => {
    const { segments } = readDocx(
      makeDocx({
        styles: HEADING_STYLES,
        numbering: HEADING_NUMBERING,
        body:
          p('发展基础和发展环境', { style: 'Heading1' }) +
          p('发展基础', { style: 'Heading2' }) +
          p('“十四五”期间，张掖市深入贯彻落实党的二十大。') +
          p('发展环境', { style: 'Heading2' }) +
          p('重点工作任务', { style: 'Heading1' }),
      }),
    );
    expect(texts(segments)).toEqual([
      '第一部分发展基础和发展环境',
      '一、发展基础',
      '“十四五”期间，张掖市深入贯彻落实党的二十大。',
      '二、发展环境',
      '第二部分重点工作任务',
    ]);
    const first = segments[0]!;
    expect(first.kind === 'text' && first.word).toEqual({ styleName: 'heading 1', outlineLevel: 0, numberingLabel: '第一部分' });
  });

  it('reads a text box once although Word stores it twice (DrawingML and its VML fallback), before its anchor paragraph', () => {
    const box =
      '<w:txbxContent><w:p><w:r><w:t>新时代立德树人工程</w:t></w:r></w:p><w:p><w:r><w:t>紧紧围绕立德树人这一根本任务。</w:t></w:r></w:p></w:txbxContent>';
    const runs = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="position:absolute"><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const { segments, lines } = readDocx(makeDocx({ body: p('深化课程改革，提升智育水平。', { runs }) }));
    expect(texts(segments)).toEqual([
      '[box text-box: 新时代立德树人工程 | 紧紧围绕立德树人这一根本任务。]',
      '深化课程改革，提升智育水平。',
    ]);
    expect(lines.map((line) => line.text)).toEqual([
      '新时代立德树人工程',
      '紧紧围绕立德树人这一根本任务。',
      '深化课程改革，提升智育水平。',
    ]);
  });

  it('makes one box of consecutive paragraphs framed alike, and none of a drop cap', () => {
    const frame = '<w:framePr w:w="8000" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin"/>';
    const { segments } = readDocx(
      makeDocx({
        body:
          p('教学质量提升工程', { pPr: frame }) +
          p('优化教学方式，教学方式要符合学生的认知规律。', { pPr: frame }) +
          p('坚持健康第一，强化学校体育工作。') +
          p('坚', { pPr: '<w:framePr w:dropCap="drop" w:lines="2"/>' }),
      }),
    );
    expect(texts(segments)).toEqual([
      '[box frame: 教学质量提升工程 | 优化教学方式，教学方式要符合学生的认知规律。]',
      '坚持健康第一，强化学校体育工作。',
      '坚',
    ]);
  });

  it('keeps deleted text out and inserted text in, and turns manual line breaks into one paragraph', () => {
    const runs = '<w:del><w:r><w:delText>旧的文字</w:delText></w:r></w:del><w:ins><w:r><w:t>规划</w:t></w:r></w:ins>';
    const title = '<w:r><w:t>张掖市“十五五”</w:t></w:r><w:r><w:br/><w:t>教育发展</w:t></w:r>';
    const { segments } = readDocx(makeDocx({ body: p('', { runs: title + runs }) }));
    expect(texts(segments)).toEqual(['张掖市“十五五”教育发展规划']);
  });

  it('puts a footnote after the paragraph that cites it, marked as Word prints the mark', () => {
    const { segments } = readDocx(
      makeDocx({
        body:
          p('常住人口城镇化率', { runs: '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>' }) +
          p('创新驱动'),
        footnotes:
          '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>带*的为2019年数据。</w:t></w:r></w:p></w:footnote>',
      }),
    );
    expect(texts(segments)).toEqual(['常住人口城镇化率¹', '¹带*的为2019年数据。', '创新驱动']);
    const note = segments[1]!;
    expect(note.kind === 'text' && note.word?.note).toBe('footnote');
  });

  it('warns, naming the paragraph, when a paragraph points at a list numbering.xml lacks', () => {
    const { segments, warnings } = readDocx(makeDocx({ body: p('发展基础', { numId: '7', ilvl: 0 }) }));
    expect(texts(segments)).toEqual(['发展基础']);
    expect(warnings).toEqual([expect.objectContaining({ line: 1, code: 'docx-numbering-undefined' })]);
  });

  it('leaves the table of contents the document carries out, with one warning naming its paragraphs', () => {
    const styles = stylesXml(
      '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style><w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/></w:style>',
    );
    const { segments, lines, warnings } = readDocx(
      makeDocx({
        styles,
        body:
          p('目录', { style: 'TOCHeading' }) +
          p('第一部分 发展基础和发展环境 1', { style: 'TOC1' }) +
          p('第二部分 总体要求 5', { style: 'TOC1' }) +
          p('第一部分 发展基础和发展环境'),
      }),
    );
    // One space between two phrases is the writer's and kept, as in the text path.
    expect(texts(segments)).toEqual(['第一部分 发展基础和发展环境']);
    expect(lines.map((line) => line.text)).toEqual(['第一部分 发展基础和发展环境']);
    expect(warnings).toEqual([
      expect.objectContaining({ line: 1, code: 'docx-contents-omitted', message: expect.stringContaining('3 lines, paragraphs 1–3') }),
    ]);
  });

  it('leaves hidden text out and reads the text of an equation', () => {
    const hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部意见，勿印）</w:t></w:r>';
    const math = '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>≥95%</m:t></m:r></m:oMath>';
    const { segments } = readDocx(makeDocx({ body: p('学前三年毛入园率', { runs: hidden + math }) }));
    expect(texts(segments)).toEqual(['学前三年毛入园率≥95%']);
  });

  it('reads a document saved as Strict Open XML', () => {
    const strict = makeDocx({ body: p('发展基础') });
    const { unzipSync, zipSync, strFromU8, strToU8 } = fflate;
    const files = unzipSync(strict);
    files['word/document.xml'] = strToU8(
      strFromU8(files['word/document.xml']!).replaceAll(
        'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
        'http://purl.oclc.org/ooxml/wordprocessingml/main',
      ),
    );
    expect(texts(readDocx(zipSync(files)).segments)).toEqual(['发展基础']);
  });

  it('refuses what is not a .docx with the reason', () => {
    expect(() => readDocx(new TextEncoder().encode('张掖市“十五五”教育发展规划'))).toThrow(/not a \.docx/u);
    expect(() => readDocx(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toThrow(/\.doc\b.*converted/u);
  });
});

describe('a Word heading printed without a number', () => {
  // Heading 1 and 2 with labels typed by hand (第一章, 一、), and one Heading 1 with none (结束语-like 保障措施).
  const styles = stylesXml(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>',
  );
  const bytes = makeDocx({
    styles,
    body:
      p('第一章　发展基础', { style: 'Heading1' }) +
      p('一、发展成就', { style: 'Heading2' }) +
      p('“十三五”时期是全面建成小康社会决胜阶段。') +
      p('二、存在问题', { style: 'Heading2' }) +
      p('教育发展不平衡不充分问题仍然突出。') +
      p('保障措施', { style: 'Heading1' }) +
      p('加强党的全面领导。'),
  });

  it('is a division of the level its style names, numbered null: a Word document’s numbers are never restored', () => {
    const { plan } = ingestPlan({ file: 'plan.docx', bytes });
    expect(plan.chapters.map((chapter) => [chapter.number, chapter.title, chapter.numberRestored])).toEqual([
      ['第一章', '发展基础', false],
      [null, '保障措施', false],
    ]);
    expect(plan.chapters[0]!.sections.map((section) => section.number)).toEqual(['一、', '二、']);
    expect(plan.warnings.filter((warning) => warning.code === 'number-restored')).toEqual([]);
  });
});
