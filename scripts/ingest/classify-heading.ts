/**
 * Step 4, classify headings: read the number label a line starts with (第二部分, 第三章, 一、,
 * （一）, 1., 一是) and tell a standalone heading from a run-in one that shares its line with text.
 */
import { CHINESE_NUMERAL, formatChineseNumeral, parseChineseNumeral } from './chinese-numerals.ts';

/** Numbering styles, from the outermost a plan uses to the innermost. */
export const LABEL_STYLES = ['part', 'chapter', 'enumerated', 'parenthesised', 'arabic', 'ordinal-shi'] as const;
export type LabelStyle = (typeof LABEL_STYLES)[number];

export interface Label {
  readonly style: LabelStyle;
  readonly ordinal: number;
  /** The label as printed, without trailing spaces: `第三章`, `一、`, `(二)`, `1.`, `一是`. */
  readonly printed: string;
  /** The rest of the line after the label and any spaces. */
  readonly rest: string;
}

const N = CHINESE_NUMERAL;
const PATTERNS: ReadonlyArray<{ style: LabelStyle; pattern: RegExp }> = [
  { style: 'part', pattern: new RegExp(`^(第(${N}|\\d+)部分)[\\s　]*`, 'u') },
  { style: 'chapter', pattern: new RegExp(`^(第(${N}|\\d+)章)[\\s　]*`, 'u') },
  { style: 'enumerated', pattern: new RegExp(`^((${N})、)\\s*`, 'u') },
  { style: 'parenthesised', pattern: new RegExp(`^([（(](${N})[）)])\\s*`, 'u') },
  // `2.0` and `2025.` are not labels: a label is one or two digits and a point not followed by a digit.
  { style: 'arabic', pattern: /^((\d{1,2})[.．、](?!\d))\s*/u },
  { style: 'ordinal-shi', pattern: new RegExp(`^((${N})是)`, 'u') },
];

export function readLabel(text: string): Label | null {
  for (const { style, pattern } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const ordinal = /^\d+$/u.test(match[2]!) ? Number(match[2]) : parseChineseNumeral(match[2]!);
    if (ordinal === null || ordinal === 0) continue;
    return { style, ordinal, printed: match[1]!, rest: text.slice(match[0].length) };
  }
  return null;
}

/** Sentence punctuation: a heading title carries none of it, a run-in heading's line does. */
const SENTENCE_PUNCTUATION = /[。；！？!?;]/u;
const CLAUSE_PUNCTUATION = /[。，；：！？,;:!?]/u;
const MAX_HEADING_LENGTH = 40;

/** A label followed by a short title and nothing else: `第二章 总体部署`, `（三）发展目标`. */
export function isStandaloneHeading(label: Label): boolean {
  return (
    label.style !== 'ordinal-shi' &&
    label.rest.length > 0 &&
    label.rest.length <= MAX_HEADING_LENGTH &&
    !SENTENCE_PUNCTUATION.test(label.rest)
  );
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
    !/^[（(]?\d/u.test(text)
  );
}

/** The label a reader would see for a restored number, in the style its siblings print. */
export function formatLabel(style: LabelStyle, ordinal: number, example?: string): string {
  const numeral = formatChineseNumeral(ordinal);
  switch (style) {
    case 'part':
      return `第${numeral}部分`;
    case 'chapter':
      return `第${numeral}章`;
    case 'enumerated':
      return `${numeral}、`;
    case 'parenthesised':
      // Follow the plan's own brackets: full-width unless its labels are ASCII.
      return example?.startsWith('(') ? `(${numeral})` : `（${numeral}）`;
    case 'arabic':
      return `${ordinal}${example?.slice(-1) ?? '.'}`;
    case 'ordinal-shi':
      return `${numeral}是`;
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
