import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../scripts/ingest/build-outline.ts';
import { cleanLines } from '../../scripts/ingest/clean-lines.ts';
import { groupColumnItems, nextColumnStep } from '../../scripts/ingest/labelled-column.ts';
import { segmentBlocks } from '../../scripts/ingest/segment-blocks.ts';

const neverHeading = () => false;
const text = (value: string) => ({ kind: 'text' as const, text: value });
const blank = { kind: 'blank' as const };

/** 十四五 纲要, 第三章 to 第五章: 专栏1 printed as a table, 专栏2 and 专栏3 as boxes between 节. */
function outlineOfExcerpt() {
  const source = readFileSync(new URL('../fixtures/plans/cn14-column-table-and-boxes.txt', import.meta.url), 'utf8');
  return buildOutline(segmentBlocks(cleanLines(source)).segments, 'cn14');
}

describe('nextColumnStep', () => {
  const box2 = ['01　新一代人工智能', '前沿基础理论突破，专用芯片研发，深度学习框架等开源算法平台构建。'];

  it('skips the blank lines between the label and the first line (白碱滩 prints two)', () => {
    expect(nextColumnStep([], blank, '贯彻落实“文化润疆”工程。', neverHeading)).toEqual({ take: true });
  });

  it('ends at a blank line after the body', () => {
    expect(nextColumnStep(box2, blank, '第三节　持之以恒加强基础研究', neverHeading)).toEqual({ take: false, endedByHeading: false });
  });

  it('runs on across a blank line when the next line carries its numbering on', () => {
    expect(nextColumnStep(box2, blank, '02　量子信息', neverHeading)).toEqual({ take: true });
    expect(nextColumnStep(box2, blank, '03　集成电路', neverHeading)).toEqual({ take: false, endedByHeading: false });
  });

  it('runs on across a blank line when the next line opens with the bullet every item opened with', () => {
    const bulleted = ['●新一代人工智能：前沿基础理论突破，专用芯片研发。'];
    expect(nextColumnStep(bulleted, blank, '●量子信息：城域、城际、自由空间量子通信技术研发。', neverHeading)).toEqual({ take: true });
    expect(nextColumnStep(bulleted, blank, '“十四五”时期，持之以恒加强基础研究。', neverHeading)).toEqual({
      take: false,
      endedByHeading: false,
    });
    expect(nextColumnStep(box2, blank, '●量子信息：城域、城际、自由空间量子通信技术研发。', neverHeading)).toEqual({
      take: false,
      endedByHeading: false,
    });
  });

  it('ends at a heading of the plan’s hierarchy, as the outline tells it', () => {
    const isHeading = (line: string) => line.startsWith('第三节');
    expect(nextColumnStep(box2, text('第三节　持之以恒加强基础研究'), null, isHeading)).toEqual({ take: false, endedByHeading: true });
    expect(nextColumnStep(box2, text('02　量子信息'), null, isHeading)).toEqual({ take: true });
  });

  it('ends at another column label or a table', () => {
    expect(nextColumnStep(box2, text('专栏3　国家重大科技基础设施'), null, neverHeading)).toEqual({ take: false, endedByHeading: false });
    expect(nextColumnStep(box2, { kind: 'other' }, null, neverHeading)).toEqual({ take: false, endedByHeading: false });
  });
});

describe('groupColumnItems', () => {
  it('keeps a numbered name and its description as one item, apart by a line feed', () => {
    expect(groupColumnItems(['01　战略导向型', '建设空间环境地基监测网。', '02　应用支撑型', '建设高能同步辐射光源。'])).toEqual([
      '01　战略导向型\n建设空间环境地基监测网。',
      '02　应用支撑型\n建设高能同步辐射光源。',
    ]);
  });

  it('keeps an unnumbered name line with the description after it, and an arrow line whole', () => {
    expect(groupColumnItems(['校园文化建设工程', '正确认识校园文化是学校发展的灵魂。'])).toEqual([
      '校园文化建设工程\n正确认识校园文化是学校发展的灵魂。',
    ]);
    expect(groupColumnItems(['新一代人工智能', '→前沿基础理论突破。'])).toEqual(['新一代人工智能\n→前沿基础理论突破。']);
    expect(groupColumnItems(['新一代人工智能→前沿基础理论突破。'])).toEqual(['新一代人工智能→前沿基础理论突破。']);
  });

  it('makes each sentence line its own item', () => {
    expect(groupColumnItems(['贯彻落实“文化润疆”工程。', '开展“用中华文化润校园”活动。'])).toHaveLength(2);
  });
});

describe('十四五 纲要: 专栏1 is a table, 专栏2–3 are boxes between 节', () => {
  const outline = outlineOfExcerpt();

  it('makes 专栏1 one column holding its table, with the 注 line as the table’s note', () => {
    const [column1] = outline.columns;
    expect(column1).toMatchObject({ number: '专栏1', title: '“十四五”时期经济社会发展主要指标', items: [], table: 1 });
    const table = outline.tables[0]!;
    expect(table).toMatchObject({ caption: '专栏1 “十四五”时期经济社会发展主要指标', column: 1, kind: 'indicator' });
    expect(table.note).toMatch(/^注：①〔〕内为5年累计数。/u);
    expect(table.indicators).toHaveLength(20);
    const blocks = outline.chapters.flatMap((chapter) => [...chapter.blocks, ...chapter.sections.flatMap((section) => section.blocks)]);
    expect(blocks.filter((block) => block.type !== 'paragraph')).toEqual([
      { type: 'column', n: 1 },
      { type: 'column', n: 2 },
      { type: 'column', n: 3 },
    ]);
  });

  it('reads 专栏2 and 专栏3 with their items, and no body text inside', () => {
    const [, column2, column3] = outline.columns;
    expect(column2?.items).toHaveLength(7);
    expect(column2?.items[0]).toMatch(/^01 新一代人工智能\n前沿基础理论突破，/u);
    expect(column3?.items).toHaveLength(4);
    expect(outline.columns.flatMap((column) => column.items).filter((item) => /第[三四]节/u.test(item))).toEqual([]);
  });

  it('adds no warning about its tables or columns', () => {
    expect(outline.warnings.filter((warning) => /^(?:table|column)-/u.test(warning.code))).toEqual([]);
  });
});
