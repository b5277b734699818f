import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../scripts/ingest/build-outline.ts';
import { cleanLines } from '../../scripts/ingest/clean-lines.ts';
import { segmentBlocks } from '../../scripts/ingest/segment-blocks.ts';
import type { Paragraph } from '../../src/lib/plan-schema.ts';

/** Outline of a fixture: a small excerpt of a real plan. */
function outlineOf(name: string) {
  const text = readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url), 'utf8');
  return buildOutline(segmentBlocks(cleanLines(text)).segments, 'test-plan');
}

const headings = (outline: ReturnType<typeof outlineOf>) =>
  outline.chapters.map((chapter) => ({
    chapter: `${chapter.number}${chapter.numberRestored ? '*' : ''} ${chapter.title}`,
    sections: chapter.sections.map((section) => `${section.number}${section.numberRestored ? '*' : ''} ${section.title}`),
  }));

const paragraphs = (blocks: readonly { type: string }[]) => blocks.filter((block): block is Paragraph => block.type === 'paragraph');

describe('buildOutline', () => {
  it('reads a title printed over three lines, and restores a lost chapter label and section label (* = restored)', () => {
    const outline = outlineOf('baijiantan-opening.txt');
    expect(outline.titleLines.map((line) => line.text)).toEqual([
      '白碱滩区（克拉玛依高新区）教育事业',
      '改革与发展“十四五”规划',
      '（2021-2025年）',
    ]);
    expect(outline.preamble).toHaveLength(1);
    expect(headings(outline)).toEqual([
      {
        chapter: '第一章* 发展基础',
        sections: ['一、 “十三五”规划纲要目标任务完成情况', '二、 “十三五”发展中存在的主要问题', '三、* “十四五”面临的新形势'],
      },
      { chapter: '第二章 总体部署', sections: ['一、 指导思想', '二、 基本原则', '三、 发展定位'] },
    ]);
    expect(outline.warnings.filter((warning) => warning.code === 'number-restored').map((warning) => warning.line)).toEqual([
      6, 10, 11, 12, 13, 36,
    ]);
  });

  it('restores run-in labels （一）…（四） lost before a printed （五）, on the paragraphs that open with a lead', () => {
    const [first] = outlineOf('baijiantan-opening.txt').chapters[0]!.sections;
    const labelled = paragraphs(first!.blocks).map((p) => [p.number ?? null, p.numberRestored ?? false, p.lead ?? null]);
    expect(labelled).toEqual([
      [null, false, null],
      ['（一）', true, '坚持政治引领，党的建设达到新高度。'],
      ['（二）', true, '坚持教育优先，普及水平跃上新台阶。'],
      ['（三）', true, '坚持创新驱动，教育改革取得新突破。'],
      ['（四）', true, '坚持多元培养，队伍建设迈出新步伐。'],
      ['（五）', false, '坚持均衡协调，教育公平实现新跨越。'],
    ]);
  });

  it('reads 一是…六是 as run-in labels with their leads', () => {
    const principles = outlineOf('baijiantan-opening.txt').chapters[1]!.sections[1]!;
    expect(paragraphs(principles.blocks).map((p) => `${p.number}|${p.lead}`)).toEqual([
      '一是|坚持党的领导原则。',
      '二是|坚持优先发展原则。',
      '三是|坚持改革创新原则。',
      '四是|坚持依法治教原则。',
      '五是|坚持立德树人原则。',
      '六是|坚持促进均衡原则。',
    ]);
  });

  it('tells lost chapter labels from lost section labels by what follows them', () => {
    expect(headings(outlineOf('baijiantan-lost-chapter-labels.txt'))).toEqual([
      { chapter: '第三章 主要任务', sections: ['一、 加强党对教育全面领导'] },
      { chapter: '第四章* 核心任务', sections: ['一、* 育人模式改革', '二、* 课程建设改革', '三、 教育评价改革'] },
      { chapter: '第五章* 保障措施', sections: ['一、 组织保障', '二、 法治保障'] },
    ]);
  });

  it('keeps run-in headings whose numbering runs on across sections as labelled paragraphs', () => {
    const outline = outlineOf('zhangye-run-in-headings.txt');
    const [part] = outline.chapters;
    expect(`${part!.number} ${part!.title}`).toBe('第三部分 重点工作任务');
    const labels = part!.sections.map((section) => paragraphs(section.blocks).map((p) => p.number));
    expect(labels).toEqual([
      ['（一）', '（二）', '（三）'],
      ['（四）', '（五）', '（六）', '（七）', '（八）'],
      ['（九）', '（十）', '（十一）'],
      ['（十二）', '（十三）', '（十四）', '（十五）'],
    ]);
    expect(paragraphs(part!.sections[0]!.blocks)[0]!.lead).toBe('统筹推进大中小幼思政课一体化建设。');
    // The excerpt is one part of the plan, so it reads as a plan of one long chapter.
    expect(outline.warnings.map((warning) => warning.code)).toEqual(['outline-flat']);
  });

  it('reads a plan with no title line: its first paragraph is preamble', () => {
    const outline = outlineOf('shuanghe-no-title-line.txt');
    expect(outline.titleLines).toEqual([]);
    expect(outline.preamble[0]).toMatch(/^为办好人民满意的教育/u);
    expect(headings(outline)[0]).toEqual({
      chapter: '一、 发展基础与面临形势',
      sections: ['（一） 教育现代化建设取得重要进展', '（二） 面临形势'],
    });
  });

  it('collects columns printed as 专栏N / 栏目N lines; with no heading before them they stand on the cover', () => {
    const outline = outlineOf('baijiantan-columns-at-end.txt');
    expect(
      outline.columns.map((column) => [column.number, column.label ?? null, column.title, column.items.length, column.chapter]),
    ).toEqual([
      ['专栏1', null, '社会主义核心价值观培育践行工程', 1, null],
      ['专栏2', null, '校园文化建设工程', 1, null],
      ['专栏3', null, '德智体美劳“五育”改进工程', 1, null],
      ['专栏4', null, '学前教育服务保障工程', 1, null],
      ['专栏5', '栏目5', '基于教育教学质量提升的教研文化建设工程', 1, null],
    ]);
    expect(outline.warnings.map((warning) => warning.code)).toEqual(['column-label-unusual', 'objects-before-body']);
  });
});
