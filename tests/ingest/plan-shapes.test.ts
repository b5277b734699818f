/**
 * Shapes of plans the five published ones do not have, each from real plan text: an issuing notice
 * before the title (国发〔2017〕4号), an approval line under it, 序言 and 结束语 around 一、 parts whose
 * （一） headings end in 。, ASCII punctuation (`一.`, `(一)`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../scripts/ingest/build-outline.ts';
import { cleanLines } from '../../scripts/ingest/clean-lines.ts';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import { segmentBlocks } from '../../scripts/ingest/segment-blocks.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url));
const outlineOf = (name: string) => buildOutline(segmentBlocks(cleanLines(fixture(name).toString('utf8'))).segments, 'test-plan');
const ingest = (name: string) => ingestPlan({ file: `tests/fixtures/plans/${name}`, bytes: fixture(name) }).plan;
const titles = (divisions: ReadonlyArray<{ number: string | null; title: string }>) =>
  divisions.map((division) => `${division.number ?? ''}${division.title}`);

describe('an issuing notice before the title', () => {
  const plan = ingest('notice-before-title.txt');

  it('is kept as the plan’s notice, with its issuer and date as metadata', () => {
    expect(plan.notice?.lines).toEqual([
      '国务院关于印发国家教育事业发展“十三五”规划的通知',
      '国发〔2017〕4号',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '现将《国家教育事业发展“十三五”规划》印发给你们，请认真贯彻执行。',
      '国务院',
      '2017年1月10日',
      '（此件公开发布）',
    ]);
    expect(plan.notice?.line).toBe(1);
    expect(plan.issuer).toBe('国务院');
    expect(plan.issued).toBe('2017-01-10');
  });

  it('is neither title nor preamble: the title is the line after it, with period and years', () => {
    expect(plan.title).toBe('国家教育事业发展“十三五”规划');
    expect(plan.preamble).toEqual([expect.stringMatching(/^“十五五”时期是教育强国建设的关键时期/u)]);
    expect(plan.period).toBe('十三五');
    expect(plan.years).toEqual([2016, 2020]);
    expect(plan.warnings.map((warning) => warning.code)).not.toContain('title-missing');
    expect(plan.warnings.filter((warning) => warning.code === 'text-not-placed')).toEqual([]);
  });
});

describe('an approval line under the title', () => {
  const plan = ingest('approval-under-title.txt');

  it('is metadata, not part of the title', () => {
    expect(plan.title).toBe('中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要');
    expect(plan.approval).toBe('（2021年3月11日第十三届全国人民代表大会第四次会议批准）');
    expect(plan.issued).toBe('2021-03-11');
  });

  it('reads the period from 第十四个五年 and the years from the period', () => {
    expect(plan.period).toBe('十四五');
    expect(plan.years).toEqual([2021, 2025]);
  });

  it('groups 章 under 篇 from the first lines on', () => {
    expect(titles(plan.groups)).toEqual(['第一篇开启全面建设社会主义现代化国家新征程']);
    expect(titles(plan.chapters)).toEqual(['第一章发展环境']);
    expect(titles(plan.chapters[0]!.sections)).toEqual(['第一节决胜全面建成小康社会取得决定性成就', '第二节我国发展环境面临深刻复杂变化']);
  });
});

describe('序言 and 结束语 around 一、 parts whose （一） headings end in 。', () => {
  const outline = outlineOf('preface-and-sentence-headings.txt');

  it('makes the unnumbered parts pages of their own, numbered null, beside the 一、 parts', () => {
    expect(outline.chapters.map((chapter) => [chapter.number, chapter.title])).toEqual([
      [null, '序言'],
      ['一、', '发展环境'],
      ['二、', '主要任务'],
      [null, '结束语'],
    ]);
    expect(outline.titleLines.map((line) => line.text)).toEqual(['全国教育事业“九五”计划和2010年发展规划']);
  });

  it('reads a （一） line that ends in 。 with the text on the next line as a section heading', () => {
    expect(titles(outline.chapters[1]!.sections)).toEqual([
      '（一）政策环境孕育新机遇。',
      '（二）战略发展提出新要求。',
      '（三）人口变化带来新挑战。',
    ]);
    expect(titles(outline.chapters[2]!.sections)).toEqual(['（一）统筹推进大中小幼思政课一体化建设。', '（二）持续深化“五育”并举。']);
    expect(outline.chapters[1]!.sections[0]!.blocks).toEqual([
      expect.objectContaining({ type: 'paragraph', text: expect.stringMatching(/^教育是强国建设/u), anchor: 's1-p1' }),
    ]);
  });
});

describe('ASCII punctuation', () => {
  const outline = outlineOf('ascii-punctuation.txt');

  it('reads 一. and (一) as the 一、 and （一） levels, keeping the labels as printed', () => {
    expect(outline.levels).toEqual([
      { style: 'enumerated', role: 'page' },
      { style: 'parenthesised', role: 'section' },
    ]);
    expect(titles(outline.chapters)).toEqual(['一.总体要求', '二.重点任务']);
    expect(titles(outline.chapters[1]!.sections)).toEqual(['(一)实施新时代立德树人行动计划', '(二)实施基本公共教育服务均等化行动计划']);
  });

  it('keeps 1. items that share their line with the text as run-in labels', () => {
    const items = outline.chapters[1]!.sections[0]!.blocks.map((block) => (block.type === 'paragraph' ? block.number : null));
    expect(items).toEqual(['1.', '2.', '3.', '4.', '5.']);
  });
});

describe('a list of one-sentence items is not a list of headings', () => {
  it('keeps `1.…。` lines followed by `2.…。` as labelled paragraphs', () => {
    const text = [
      '第一章　发展环境',
      '第一节　指导思想',
      '1.坚持党的领导。',
      '2.坚持以人民为中心。',
      '第二节　战略导向',
      '1.坚持系统观念。',
      '2.坚持新发展理念。',
    ].join('\n');
    const outline = buildOutline(segmentBlocks(cleanLines(text)).segments, 'test-plan');
    expect(outline.levels.map((level) => level.style)).toEqual(['chapter', 'jie']);
    expect(outline.chapters[0]!.sections[0]!.blocks.map((block) => block.type === 'paragraph' && block.number)).toEqual(['1.', '2.']);
  });
});

describe('numbers the export lost', () => {
  it('restores a chapter label after 第999章 in digits, with its line, rather than failing', () => {
    const text = [
      '第998章　发展环境',
      '一、指导思想',
      '正文。',
      '第999章　主要目标',
      '一、发展目标',
      '正文。',
      '保障措施',
      '一、组织保障',
      '正文。',
    ].join('\n');
    const outline = buildOutline(segmentBlocks(cleanLines(text)).segments, 'test-plan');
    expect(outline.chapters.map((chapter) => `${chapter.number}${chapter.numberRestored ? '*' : ''}`)).toEqual([
      '第998章',
      '第999章',
      '第1000章*',
    ]);
    expect(outline.warnings).toEqual([expect.objectContaining({ line: 7, code: 'number-restored' })]);
  });
});

describe('a printed table of contents', () => {
  const text = [
    '中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
    '目　录',
    '第一篇　开启全面建设社会主义现代化国家新征程……1',
    '第一章　发展环境……1',
    '第二章　指导方针……3',
    '第一篇　开启全面建设社会主义现代化国家新征程',
    '“十四五”时期是我国全面建成小康社会、实现第一个百年奋斗目标之后，乘势而上开启全面建设社会主义现代化国家新征程、向第二个百年奋斗目标进军的第一个五年。',
    '第一章　发展环境',
    '我国进入新发展阶段，发展基础更加坚实，发展条件深刻变化，进一步发展面临新的机遇和挑战。',
    '第二章　指导方针',
    '“十四五”时期经济社会发展，必须牢牢把握以下指导思想、原则和战略导向。',
  ].join('\n');
  const plan = ingestPlan({ file: 'contents.txt', bytes: Buffer.from(text) }).plan;

  it('is kept as printed, apart, and its entries are not taken for headings', () => {
    expect(plan.printedContents).toEqual([
      '目　录',
      '第一篇　开启全面建设社会主义现代化国家新征程……1',
      '第一章　发展环境……1',
      '第二章　指导方针……3',
    ]);
    expect(titles(plan.groups)).toEqual(['第一篇开启全面建设社会主义现代化国家新征程']);
    expect(titles(plan.chapters)).toEqual(['第一章发展环境', '第二章指导方针']);
    expect(plan.chapters.map((chapter) => chapter.blocks.length)).toEqual([1, 1]);
    expect(plan.warnings.filter((warning) => warning.code === 'text-not-placed')).toEqual([]);
  });
});

describe('a heading printed over two lines', () => {
  it('joins `第二章` and the title on the next line into one heading', () => {
    const text = [
      '第一章',
      '发展环境',
      '我国进入新发展阶段，发展基础更加坚实。',
      '第一节',
      '决胜全面建成小康社会取得决定性成就',
      '“十三五”时期是全面建成小康社会决胜阶段。',
      '第二章',
      '指导方针',
      '“十四五”时期经济社会发展，必须牢牢把握以下指导思想。',
    ].join('\n');
    const { plan } = ingestPlan({ file: 'split.txt', bytes: Buffer.from(text) });
    expect(titles(plan.chapters)).toEqual(['第一章发展环境', '第二章指导方针']);
    expect(titles(plan.chapters[0]!.sections)).toEqual(['第一节决胜全面建成小康社会取得决定性成就']);
    expect(plan.chapters[0]!.line).toBe(1);
    expect(plan.warnings.filter((warning) => warning.code === 'text-not-placed')).toEqual([]);
  });
});

describe('an 附件 line above the title', () => {
  it('is kept before the title, never taken for a page or the title', () => {
    const text = [
      '附件',
      '张掖市“十五五”教育发展规划',
      '“十五五”时期是教育强国建设的关键时期。',
      '第一部分  发展基础和发展环境',
      '一、发展基础',
      '“十四五”期间，张掖市深入贯彻落实党的二十大精神。',
    ].join('\n');
    const { plan } = ingestPlan({ file: 'attachment.txt', bytes: Buffer.from(text) });
    expect(plan.title).toBe('张掖市“十五五”教育发展规划');
    expect(plan.notice?.lines).toEqual(['附件']);
    expect(titles(plan.chapters)).toEqual(['第一部分发展基础和发展环境']);
  });
});

describe('a short line before a table', () => {
  it('names the table; it is not a section that lost its number', () => {
    const text = [
      '第一部分  发展基础和发展环境',
      '一、发展基础',
      '“十四五”期间，张掖市深入贯彻落实党的二十大精神。',
      '主要指标',
      '\t指标',
      '\t2020年',
      '\t2025年',
      '',
      '\t学前三年毛入园率',
      '\t99.51',
      '\t99.54%',
      '',
      '二、发展环境',
      '“十五五”时期，我国发展环境面临深刻复杂变化。',
    ].join('\n');
    const outline = buildOutline(segmentBlocks(cleanLines(text)).segments, 'test-plan');
    expect(titles(outline.chapters[0]!.sections)).toEqual(['一、发展基础', '二、发展环境']);
    expect(outline.warnings.filter((warning) => warning.code === 'number-restored')).toEqual([]);
  });
});
