import { describe, expect, it } from 'vitest';
import {
  findLead,
  formatLabel,
  headingForm,
  isStandaloneHeading,
  isUnlabelledHeadingCandidate,
  readLabel,
  readUnnumberedPart,
} from '../../scripts/ingest/classify-heading.ts';
import { formatChineseNumeral, parseChineseNumeral } from '../../scripts/ingest/chinese-numerals.ts';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十九', 29],
    ['一百零五', 105],
  ])('reads %s as %i and writes it back', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value);
    expect(formatChineseNumeral(value)).toBe(numeral);
  });

  it('does not read a period name such as 十四五 as a number', () => {
    expect(parseChineseNumeral('十四五')).toBeNull();
  });
});

describe('readLabel', () => {
  it.each([
    ['第一部分发展基础和发展环境', 'part', 1, '第一部分', '发展基础和发展环境'],
    ['第三章主要任务', 'chapter', 3, '第三章', '主要任务'],
    ['十一、规范引导民办教育发展', 'enumerated', 11, '十一、', '规范引导民办教育发展'],
    ['（二十九）营造良好社会氛围。提高舆情监测处置能力。', 'parenthesised', 29, '（二十九）', '营造良好社会氛围。提高舆情监测处置能力。'],
    ['(一)政策环境孕育新机遇。', 'parenthesised', 1, '(一)', '政策环境孕育新机遇。'],
    ['1.坚持党对教育事业的全面领导。', 'arabic', 1, '1.', '坚持党对教育事业的全面领导。'],
    ['2．推进义务教育优质均衡发展。', 'arabic', 2, '2．', '推进义务教育优质均衡发展。'],
    ['三是坚持改革创新原则。立足教育区情', 'ordinal-shi', 3, '三是', '坚持改革创新原则。立足教育区情'],
    ['第二篇　坚持创新驱动发展　全面塑造发展新优势', 'pian', 2, '第二篇', '坚持创新驱动发展　全面塑造发展新优势'],
    ['第一编 总则', 'bian', 1, '第一编', '总则'],
    ['第六十五章　加强规划实施保障', 'chapter', 65, '第六十五章', '加强规划实施保障'],
    ['第十二章 畅通国内大循环', 'chapter', 12, '第十二章', '畅通国内大循环'],
    ['第三节　持之以恒加强基础研究', 'jie', 3, '第三节', '持之以恒加强基础研究'],
    ['第1章 发展基础', 'chapter', 1, '第1章', '发展基础'],
    ['第一章：总则', 'chapter', 1, '第一章', '总则'],
    ['第二部分、指导思想和发展目标', 'part', 2, '第二部分', '指导思想和发展目标'],
    ['一.总体要求', 'enumerated', 1, '一.', '总体要求'],
    ['（3）推进职业教育产教融合', 'arabic-parenthesised', 3, '（3）', '推进职业教育产教融合'],
    ['(12)加强督导评估', 'arabic-parenthesised', 12, '(12)', '加强督导评估'],
  ])('reads %s', (text, style, ordinal, printed, rest) => {
    expect(readLabel(text)).toEqual({ style, ordinal, printed, rest });
  });

  it.each(['（2021-2025年）', '2.0行动计划', '2025年创建20个高水平学生艺术团', '十四五期间', '——学前教育。', '发展基础'])(
    'finds no label in %s',
    (text) => {
      expect(readLabel(text)).toBeNull();
    },
  );
});

describe('standalone and run-in headings', () => {
  it('tells a heading line from a run-in heading that shares its line with text', () => {
    expect(isStandaloneHeading(readLabel('（三）发展目标')!)).toBe(true);
    expect(isStandaloneHeading(readLabel('三、“十五五”发展目标')!)).toBe(true);
    expect(isStandaloneHeading(readLabel('（一）政策环境孕育新机遇。教育是强国建设、民族复兴之基。')!)).toBe(false);
    expect(isStandaloneHeading(readLabel('一是坚持党的领导原则')!)).toBe(false);
  });

  it('reads one sentence alone on its line as a heading form, and a sentence followed by more text as run-in', () => {
    expect(headingForm(readLabel('（一）基础教育稳步发展。')!)).toBe('sentence');
    expect(headingForm(readLabel('（二）持续深化“五育”并举。')!)).toBe('sentence');
    expect(headingForm(readLabel('（一）政策环境孕育新机遇。教育是强国建设、民族复兴之基。')!)).toBe('run-in');
    expect(headingForm(readLabel('第二篇　坚持创新驱动发展　全面塑造发展新优势')!)).toBe('title');
  });

  it.each(['序言', '序　言', '前言', '结束语', '附件', '附件1', '附表：'])('reads %s as an unnumbered part', (text) => {
    expect(readUnnumberedPart(text)).toBe(text);
  });

  it.each(['序言和说明如下。', '附件所列项目', '前言部分'])('does not read %s as an unnumbered part', (text) => {
    expect(readUnnumberedPart(text)).toBeNull();
  });

  it.each(['发展基础', '“十四五”面临的新形势', '落实立德树人根本任务', '重点工程'])(
    'takes %s as a heading that may have lost its label',
    (text) => {
      expect(isUnlabelledHeadingCandidate(text)).toBe(true);
    },
  );

  it.each([
    '第一阶段（2021—2022 年），爬坡过坎，固牢基础。',
    '每年举办一次学校美育成果展示活动。',
    '（2021-2025年）',
    '持续推进，',
    '张掖市教育布局示意图',
    '表2 主要指标',
    '注：带*的为2019年数据',
  ])('does not take %s for a heading', (text) => {
    expect(isUnlabelledHeadingCandidate(text)).toBe(false);
  });
});

describe('formatLabel', () => {
  it('writes restored labels in the style the plan prints', () => {
    expect(formatLabel('chapter', 1)).toBe('第一章');
    expect(formatLabel('enumerated', 10)).toBe('十、');
    expect(formatLabel('parenthesised', 4, '（五）')).toBe('（四）');
    expect(formatLabel('parenthesised', 4, '(五)')).toBe('(四)');
    expect(formatLabel('arabic', 2, '3．')).toBe('2．');
    expect(formatLabel('pian', 3)).toBe('第三篇');
    expect(formatLabel('jie', 2, '第一节')).toBe('第二节');
    expect(formatLabel('chapter', 13, '第12章')).toBe('第13章');
    expect(formatLabel('enumerated', 2, '一.')).toBe('二.');
    expect(formatLabel('arabic-parenthesised', 4, '(3)')).toBe('(4)');
  });
});

describe('findLead', () => {
  it('finds the opening sentence of a run-in heading', () => {
    expect(findLead('总体目标。到2030年，党对教育工作的领导进一步加强', 24)).toBe('总体目标。');
    expect(findLead('——学前教育。推动“幼有善育”', 24)).toBe('——学前教育。');
  });

  it('finds none when the sentence is long or is the whole paragraph', () => {
    expect(findLead('第一阶段（2021—2022 年），爬坡过坎，固牢基础。', 40)).toBeUndefined();
    expect(findLead('“十五五”时期，我国发展环境面临深刻复杂变化，战略机遇和风险挑战并存。教育发展', 24)).toBeUndefined();
  });
});
