/**
 * Mutations of a real plan's export, as an editor's slip, Word, or an attacker would make them.
 * Pure and seeded: mutant `seed` of a plan is the same text on every machine, so a finding replays.
 */

/** A small, fast PRNG (mulberry32): the same seed, the same sequence. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Next = () => number;
type Operator = (lines: string[], next: Next) => void;

const pick = <T>(items: readonly T[], next: Next): T => items[Math.floor(next() * items.length)]!;
const at = (lines: readonly string[], next: Next): number => Math.floor(next() * (lines.length + 1));

/** Lines an export or an attacker might put anywhere: labels of every level, tables, boxes, markup, formulas. */
const INSERTS = [
  '',
  '\t',
  ' \t ',
  '\u3000\u3000',
  '第一章  总则',
  '第999章  发展基础',
  '第三部分  重点任务',
  '一、',
  '二、主要目标',
  '（一）实施立德树人行动',
  '(五)推进教育数字化',
  '1. 学前教育',
  '一是完善普惠性学前教育保障机制。',
  '专栏1  学前教育普惠工程',
  '专栏',
  '栏目5',
  '表1  主要指标',
  '指标\t2020年\t2025年\t属性',
  '\t学前三年毛入园率（%）\t99.51\t99.54\t约束性',
  '序号',
  '主要任务',
  '落实举措',
  '进度安排',
  '责任单位',
  '(',
  ')',
  '（',
  '）',
  '[bookmark: _Toc123]',
  '=HYPERLINK("https://evil.example","点击")',
  '<script>alert(1)</script>',
  '{props.x}',
  'import x from "y"',
  '——教育发展',
  '张掖市“十五五”教育发展规划',
];

const OPERATORS: Readonly<Record<string, Operator>> = {
  'delete a line': (lines, next) => void lines.splice(Math.floor(next() * lines.length), 1),
  'duplicate a line': (lines, next) => {
    const i = Math.floor(next() * lines.length);
    lines.splice(i, 0, lines[i] ?? '');
  },
  'swap two lines': (lines, next) => {
    const i = Math.floor(next() * Math.max(lines.length - 1, 0));
    [lines[i], lines[i + 1]] = [lines[i + 1] ?? '', lines[i] ?? ''];
  },
  'move a block of lines': (lines, next) => {
    const start = Math.floor(next() * lines.length);
    const block = lines.splice(start, 1 + Math.floor(next() * 20));
    lines.splice(at(lines, next), 0, ...block);
  },
  'insert a line': (lines, next) => void lines.splice(at(lines, next), 0, pick(INSERTS, next)),
  'prefix a tab': (lines, next) => {
    const i = Math.floor(next() * lines.length);
    lines[i] = `\t${lines[i] ?? ''}`;
  },
  'strip leading whitespace': (lines, next) => {
    const i = Math.floor(next() * lines.length);
    lines[i] = (lines[i] ?? '').replace(/^\s+/u, '');
  },
  'split a line': (lines, next) => {
    const i = Math.floor(next() * lines.length);
    const line = lines[i] ?? '';
    const cut = Math.floor(next() * (line.length + 1));
    lines.splice(i, 1, line.slice(0, cut), line.slice(cut));
  },
  'join two lines': (lines, next) => {
    const i = Math.floor(next() * Math.max(lines.length - 1, 0));
    lines.splice(i, 2, (lines[i] ?? '') + (lines[i + 1] ?? ''));
  },
  'cut a line’s label': (lines, next) => {
    const i = Math.floor(next() * lines.length);
    lines[i] = (lines[i] ?? '').replace(
      /^(?:第[一二三四五六七八九十百零\d]+[章部分节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|专栏\d*)\s*/u,
      '',
    );
  },
  'insert a character': (lines, next) => {
    const i = Math.floor(next() * lines.length);
    const line = lines[i] ?? '';
    const cut = Math.floor(next() * (line.length + 1));
    lines[i] =
      line.slice(0, cut) +
      pick(['\t', '\u3000', '{', '<', '`', '*', '#', '|', '\\', '\u200b', '\ufeff', '\u00a0', '：', '。', '、', '“'], next) +
      line.slice(cut);
  },
  'truncate the file': (lines, next) => void lines.splice(1 + Math.floor(next() * lines.length)),
  'blank every line of a region': (lines, next) => {
    const start = Math.floor(next() * lines.length);
    for (let i = start; i < Math.min(lines.length, start + 1 + Math.floor(next() * 10)); i++) lines[i] = '';
  },
};

export const OPERATOR_NAMES = Object.keys(OPERATORS);

export interface Mutant {
  readonly seed: number;
  /** The operators applied, in order, for the report. */
  readonly operators: string[];
  readonly text: string;
  /** Line ends the mutant is written with. */
  readonly newline: '\n' | '\r\n';
}

/** Mutant `seed` of `text`: one to four operators, applied to its lines. */
export function mutate(text: string, seed: number): Mutant {
  const next = random(seed);
  const lines = text.split(/\r?\n/u);
  const operators: string[] = [];
  const count = 1 + Math.floor(next() * 4);
  for (let i = 0; i < count; i++) {
    const name = pick(OPERATOR_NAMES, next);
    OPERATORS[name]!(lines, next);
    operators.push(name);
  }
  const newline = next() < 0.2 ? '\r\n' : '\n';
  return { seed, operators, text: lines.join(newline), newline };
}
