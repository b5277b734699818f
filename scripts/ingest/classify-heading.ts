/**
 * Step 4, classify headings: read the number label a line starts with (第二篇, 第三章, 第一节, 一、,
 * （一）, 1., （1）, 一是), the unnumbered parts (序言, 结束语, 附件), and tell a heading line from a
 * run-in label that shares its line with the text.
 */
import { CHINESE_NUMERAL, formatChineseNumeral, parseChineseNumeral } from './chinese-numerals.ts';
import { NUMBERED_DIVISION_STYLES } from '../../src/lib/plan-schema.ts';

/**
 * Numbering styles, from the outermost a plan may use to the innermost. A plan's hierarchy is the
 * subset it prints as heading lines, in this order (篇 > 章 > 节; 部分 > 一、 > （一）); 一是 is only ever run-in.
 */
export const LABEL_STYLES = [...NUMBERED_DIVISION_STYLES, 'ordinal-shi'] as const;
export type LabelStyle = (typeof LABEL_STYLES)[number];

/** Styles that only ever group other divisions (a 篇 holds 章), never stand as pages of their own when a plan has pages below them. */
export const GROUPING_STYLES: ReadonlySet<LabelStyle> = new Set(['pian', 'bian']);

export interface Label {
  readonly style: LabelStyle;
  readonly ordinal: number;
  /** The label as printed, without trailing spaces: `第三章`, `一、`, `(二)`, `1.`, `一是`. */
  readonly printed: string;
  /** The rest of the line after the label and any spaces. */
  readonly rest: string;
}

const N = CHINESE_NUMERAL;
const SPACE = '[\\s\\u3000]*';
/**
 * 第X篇 and the like: the numeral Chinese or Arabic (`第1章`); a separator some exports print after
 * the label (`第一章：总则`, `第一部分、…`) is not the title's.
 */
const ordinalWord = (word: string) => new RegExp(`^(第${SPACE}(${N}|\\d{1,3})${SPACE}${word})${SPACE}[、：:．.]?${SPACE}`, 'u');
const PATTERNS: ReadonlyArray<{ style: LabelStyle; pattern: RegExp }> = [
  { style: 'pian', pattern: ordinalWord('篇') },
  { style: 'bian', pattern: ordinalWord('编') },
  { style: 'part', pattern: ordinalWord('部分') },
  { style: 'chapter', pattern: ordinalWord('章') },
  { style: 'jie', pattern: ordinalWord('节') },
  // `一、`, and the ASCII or full-width point some exports print instead (`一.`, `一．`).
  { style: 'enumerated', pattern: new RegExp(`^((${N})[、.．](?![\\d０-９]))${SPACE}`, 'u') },
  { style: 'parenthesised', pattern: new RegExp(`^([（(]${SPACE}(${N})${SPACE}[）)])${SPACE}`, 'u') },
  // `2.0` and `2025.` are not labels: a label is one or two digits and a point not followed by a digit.
  { style: 'arabic', pattern: /^(([0-9]{1,2})[.．、](?![0-9]))[\s\u3000]*/u },
  { style: 'arabic-parenthesised', pattern: /^([（(]([0-9]{1,2})[）)])[\s\u3000]*/u },
  { style: 'ordinal-shi', pattern: new RegExp(`^((${N})是)`, 'u') },
];

export function readLabel(text: string): Label | null {
  for (const { style, pattern } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const numeral = match[2]!;
    const ordinal = /^\d+$/u.test(numeral) ? Number(numeral) : parseChineseNumeral(numeral);
    if (ordinal === null || ordinal === 0) continue;
    return { style, ordinal, printed: match[1]!.replace(/[\s\u3000]+/gu, ''), rest: text.slice(match[0].length) };
  }
  return null;
}

/** Parts a plan prints as a heading without a number: 序言, 前言, 结束语, 附件 (`附件1`, `附件：`). */
const UNNUMBERED_PART =
  /^(序言|序|前言|引言|导言|总论|结束语|结语|后记|附件[0-9一二三四五六七八九十]*|附表[0-9一二三四五六七八九十]*|附录[0-9一二三四五六七八九十]*)[：:]?$/u;

/** The title of an unnumbered part when the line is one (`序　言` reads as 序言), else null. */
export function readUnnumberedPart(text: string): string | null {
  const compact = text.replace(/[\s\u3000]+/gu, '');
  return UNNUMBERED_PART.test(compact) ? text : null;
}

/** Sentence punctuation: a heading title carries none of it, a run-in heading's line does. */
const SENTENCE_PUNCTUATION = /[。；！？!?;]/u;
const CLAUSE_PUNCTUATION = /[。，；：！？,;:!?]/u;
const MAX_HEADING_LENGTH = 40;
/** 篇, 章, 节 and 部分 labels are unambiguous on a line of their own: their titles may run longer. */
const MAX_WORD_LABEL_HEADING_LENGTH = 60;
const WORD_LABEL_STYLES: ReadonlySet<LabelStyle> = new Set(['pian', 'bian', 'part', 'chapter', 'jie']);

/**
 * How a labelled line reads: `title`, a heading line (`第二章　总体部署`, `（三）发展目标`);
 * `sentence`, one short sentence alone on its line (`（一）基础教育稳步发展。`), a heading when the
 * text follows on the next line rather than a sibling label; `run-in`, a label sharing its line with
 * the text (`（一）政策环境孕育新机遇。教育是…`).
 */
export function headingForm(label: Label): 'title' | 'sentence' | 'run-in' {
  const rest = label.rest.trim();
  const max = WORD_LABEL_STYLES.has(label.style) ? MAX_WORD_LABEL_HEADING_LENGTH : MAX_HEADING_LENGTH;
  if (label.style === 'ordinal-shi' || rest.length === 0 || rest.length > max) return 'run-in';
  if (!SENTENCE_PUNCTUATION.test(rest)) return 'title';
  // One sentence, closed by its only full stop (and a closing quote or bracket).
  const body = rest.replace(/[。.][”’」』）)]*$/u, '');
  return body !== rest && !SENTENCE_PUNCTUATION.test(body) ? 'sentence' : 'run-in';
}

/** A label followed by a short title and nothing else: `第二章 总体部署`, `（三）发展目标`. */
export function isStandaloneHeading(label: Label): boolean {
  return headingForm(label) === 'title';
}

/**
 * A line with no label that may be a heading whose label the export lost: short, and without the
 * punctuation of a sentence (`发展基础`, `“十四五”面临的新形势`, `落实立德树人根本任务`).
 */
export function isUnlabelledHeadingCandidate(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= 20 &&
    !CLAUSE_PUNCTUATION.test(text) &&
    /[\u4e00-\u9fff]/u.test(text) &&
    readLabel(text) === null &&
    readUnnumberedPart(text) === null &&
    !/^[（(]?\d/u.test(text) &&
    // A figure's or table's caption, a note or a source line is never a heading that lost its number.
    !/^(图|表|附图|附表|注|资料来源|来源)|图$/u.test(text)
  );
}

/** The label a reader would see for a restored number, in the style its siblings print. */
export function formatLabel(style: LabelStyle, ordinal: number, example?: string): string {
  // Follow the plan's own numerals (`第12章` stays in digits), and digits past what Chinese numerals here can write.
  const numeral = /\d/u.test(example ?? '') || ordinal > 999 ? String(ordinal) : formatChineseNumeral(ordinal);
  switch (style) {
    case 'pian':
      return `第${numeral}篇`;
    case 'bian':
      return `第${numeral}编`;
    case 'part':
      return `第${numeral}部分`;
    case 'chapter':
      return `第${numeral}章`;
    case 'jie':
      return `第${numeral}节`;
    case 'enumerated':
      return `${formatChineseNumeral(Math.min(ordinal, 999))}${example?.slice(-1) ?? '、'}`;
    case 'parenthesised':
      // Follow the plan's own brackets: full-width unless its labels are ASCII.
      return example?.startsWith('(') ? `(${numeral})` : `（${numeral}）`;
    case 'arabic':
      return `${ordinal}${example?.slice(-1) ?? '.'}`;
    case 'arabic-parenthesised':
      return example?.startsWith('(') ? `(${ordinal})` : `（${ordinal}）`;
    case 'ordinal-shi':
      return `${formatChineseNumeral(Math.min(ordinal, 999))}是`;
  }
}

/** The opening sentence of a paragraph when it reads as a run-in heading (`总体目标。`). */
export function findLead(text: string, maxLength: number): string | undefined {
  const end = text.search(/[。！？]/u);
  if (end < 0 || end + 1 >= text.length) return undefined;
  let lead = text.slice(0, end + 1);
  // Keep a closing quote or bracket that belongs to the sentence.
  const closer = /^[”’」』）)]+/u.exec(text.slice(end + 1));
  if (closer) lead += closer[0];
  return lead.length <= maxLength && lead.length < text.length ? lead : undefined;
}
