/**
 * Varies a real plan's structure, so that a synthetic corpus is not one plan copied: sections are
 * reordered and some left out within each chapter, middle chapters are reordered, and the data
 * rows of simple tables are shuffled. Labels stay where they stood (the second section is still
 * `二、`), so the text keeps the numbering a real export prints.
 */
import { formatChineseNumeral, parseChineseNumeral } from '../../ingest/chinese-numerals.ts';
import { cleanLine } from '../../ingest/clean-lines.ts';
import type { Random } from './seeded-random.ts';

/** Where the ingest found a plan's headings: the `line` and `title` of plan.json's chapters and sections. */
export interface OutlineLines {
  readonly chapters: ReadonlyArray<{
    readonly line: number;
    readonly title: string;
    readonly sections: ReadonlyArray<{ readonly line: number; readonly title: string }>;
  }>;
}

/** A heading, its label part and its title part, and the lines it heads. */
interface Unit {
  /** What stands before the title on the heading line: bookmarks and the printed label. */
  readonly label: string;
  /** The heading line from its title on. */
  readonly title: string;
  readonly body: string[];
  readonly splittable: boolean;
}

interface ChapterUnit extends Unit {
  readonly sections: Unit[];
  /** The chapter's lines as the real plan prints them. */
  readonly lines: readonly string[];
  /** The label of each section position, which stays put when the sections move. */
  readonly sectionLabels: string[];
}

/** The plan's lines (1-based `line` in `outline` indexes them) in a new order, with some sections left out. */
export function reshufflePlan(lines: readonly string[], outline: OutlineLines, random: Random): string[] {
  const starts = outline.chapters.map((chapter) => chapter.line);
  if (starts.length === 0 || starts.some((line, i) => i > 0 && line <= starts[i - 1]!)) return shuffleTableRows([...lines], random);
  const head = lines.slice(0, starts[0]! - 1);
  const chapters = outline.chapters.map((chapter, i) => splitChapter(lines, chapter, starts[i + 1] ?? lines.length + 1));

  const reordered = chapters.map((chapter) => ({ ...chapter, sections: varySections(chapter.sections, random) }));
  const middle = reordered.slice(1, -1);
  const movable = reordered.length >= 4 && reordered.every((chapter) => chapter.splittable);
  const chapterOrder = movable ? [reordered[0]!, ...random.shuffle(middle), reordered.at(-1)!] : reordered;

  const out = [...head];
  chapterOrder.forEach((chapter, i) => {
    const chunk = [joinHeading(reordered[i]!.label, chapter), ...chapter.body];
    chapter.sections.forEach((section, j) => chunk.push(joinHeading(chapter.sectionLabels[j]!, section), ...section.body));
    out.push(...renumber(chunk, chapter.lines, RUN_IN_LABEL));
  });
  return shuffleTableRows(renumberColumns(out, lines), random);
}

/** A sequence of labels at the start of lines: the part before the number, the number, and how to print a number. */
interface Sequence {
  readonly pattern: RegExp;
  read(printed: string): number | null;
  write(value: number): string;
}

/** `（三）` at the start of a line, after any bookmarks: run-in labels, numbered across a chapter by some plans. */
const RUN_IN_LABEL: Sequence = {
  pattern: /^((?:\[bookmark: [^\]\n]*\])*[ \u3000]*[（(])([零〇一二两三四五六七八九十百]+)(?=[）)])/u,
  read: parseChineseNumeral,
  write: formatChineseNumeral,
};

/**
 * Where the real text numbers a sequence in order (（一）…（九） across a chapter, 专栏1…专栏8), the
 * moved text is numbered in order again from the same start, so that reordering invents no gap.
 * A sequence that restarts (each section its own （一）) moves whole with its section and is left alone.
 */
function renumber(moved: readonly string[], original: readonly string[], sequence: Sequence): string[] {
  const values = original.flatMap((line) => {
    const match = sequence.pattern.exec(line);
    const value = match ? sequence.read(match[2]!) : null;
    return value === null ? [] : [value];
  });
  const inOrder = values.length >= 2 && values.every((value, i) => i === 0 || value === values[i - 1]! + 1);
  if (!inOrder) return [...moved];
  let next = values[0]!;
  return moved.map((line) => {
    const match = sequence.pattern.exec(line);
    if (!match || sequence.read(match[2]!) === null) return line;
    return `${match[1]}${sequence.write(next++)}${line.slice(match[0].length)}`;
  });
}

/** Keeps each position's label and gives it another section's title and text; leaves out up to a third. */
function varySections(sections: readonly Unit[], random: Random): Unit[] {
  if (sections.length < 2 || !sections.every((section) => section.splittable)) return [...sections];
  const keep = sections.length - random.int(0, Math.floor((sections.length - 1) / 3));
  return random.shuffle(sections).slice(0, keep);
}

function joinHeading(label: string, unit: Unit): string {
  return unit.splittable ? `${label}${unit.title}` : unit.title;
}

/** `专栏3`, `栏目5`, or `专栏` with its number alone on the next line (东丽's `专栏` / `7`). */
const COLUMN_LABEL = /^((?:\[bookmark: [^\]\n]*\])*[ \u3000\t]*(?:专栏[ ]*|栏目[ ]*(?=\d)))(\d*)/u;
const NUMBER_LINE = /^([ \u3000\t]*)(\d+)(?=[ \u3000\t]*$)/u;
/** A box's opening line: a column, labelled or not (东丽 numbers its unlabelled boxes too). */
const isBoxOpen = (line: string): boolean => /^[(（]$/u.test(cleanLine(line).trim());

/**
 * Where every number the real text prints on a column is that column's place among all columns
 * (专栏1…专栏8; 东丽's only printed 7 on its seventh box), the moved columns get their new places.
 */
function renumberColumns(moved: readonly string[], original: readonly string[]): string[] {
  const printed = columnNumbers(original);
  if (printed.length === 0 || !printed.every(({ value, position }) => value === position)) return [...moved];
  const out = [...moved];
  for (const { line, prefix, rest, position } of columnNumbers(moved)) out[line] = `${prefix}${position}${rest}`;
  return out;
}

/** Each printed column number: the line it stands on, what surrounds it, its value, and the column's place (1-based). */
function columnNumbers(lines: readonly string[]): Array<{ line: number; prefix: string; rest: string; value: number; position: number }> {
  const numbers = [];
  let position = 0;
  for (let i = 0; i < lines.length; i++) {
    if (isBoxOpen(lines[i]!)) {
      position++;
      continue;
    }
    const label = COLUMN_LABEL.exec(lines[i]!);
    if (!label) continue;
    if (i === 0 || !isBoxOpen(lines[i - 1]!)) position++;
    if (label[2]) {
      numbers.push({ line: i, prefix: label[1]!, rest: lines[i]!.slice(label[0].length), value: Number(label[2]), position });
      continue;
    }
    const own = lines[i + 1] === undefined ? null : NUMBER_LINE.exec(lines[i + 1]!);
    if (own) numbers.push({ line: i + 1, prefix: own[1]!, rest: lines[i + 1]!.slice(own[0].length), value: Number(own[2]), position });
  }
  return numbers;
}

function splitChapter(lines: readonly string[], chapter: OutlineLines['chapters'][number], end: number): ChapterUnit {
  const sectionStarts = chapter.sections.map((section) => section.line).filter((line) => line > chapter.line && line < end);
  const ordered =
    sectionStarts.length === chapter.sections.length && sectionStarts.every((line, i) => i === 0 || line > sectionStarts[i - 1]!);
  const firstSection = ordered && sectionStarts.length > 0 ? sectionStarts[0]! : end;
  const heading = splitHeading(lines[chapter.line - 1]!, chapter.title);
  const sections = ordered
    ? chapter.sections.map((section, j) => ({
        ...splitHeading(lines[section.line - 1]!, section.title),
        body: lines.slice(section.line, (sectionStarts[j + 1] ?? end) - 1),
      }))
    : [];
  const body = lines.slice(chapter.line, (ordered ? firstSection : end) - 1);
  return {
    ...heading,
    body,
    sections,
    sectionLabels: sections.map((section) => section.label),
    lines: lines.slice(chapter.line - 1, end - 1),
  };
}

/** `[bookmark: _Toc1]一、发展基础` → label `[bookmark: _Toc1]一、`, title `发展基础`; unsplittable when the title is not the line's end. */
function splitHeading(line: string, title: string): { label: string; title: string; splittable: boolean } {
  const at = line.lastIndexOf(title);
  const splittable = title.length > 0 && at >= 0 && line.slice(at).trim() === title && cleanLine(line).endsWith(title);
  return splittable ? { label: line.slice(0, at), title: line.slice(at), splittable } : { label: '', title: line, splittable: false };
}

/**
 * Shuffles the data rows of every simple tab-led table: each row one cell per line, rows apart by
 * blank lines, every row as many non-empty cells as the header. Tables with merged or multi-line
 * cells keep their order, since moving a row would change what a blank cell means.
 */
export function shuffleTableRows(lines: string[], random: Random): string[] {
  const out = [...lines];
  let i = 0;
  while (i < out.length) {
    if (!isCell(out[i]!)) {
      i++;
      continue;
    }
    const rows: Array<{ start: number; end: number }> = [];
    let j = i;
    while (j < out.length && isCell(out[j]!)) {
      const start = j;
      while (j < out.length && out[j]!.trim() !== '') j++;
      rows.push({ start, end: j });
      let next = j;
      while (next < out.length && out[next]!.trim() === '') next++;
      if (next >= out.length || !isCell(out[next]!)) break;
      j = next;
    }
    const width = rows[0]!.end - rows[0]!.start;
    const simple =
      rows.length >= 3 &&
      rows.every(
        (row) => row.end - row.start === width && out.slice(row.start, row.end).every((cell) => isCell(cell) && cell.trim() !== ''),
      );
    if (simple) {
      const data = rows.slice(1);
      const shuffled = random.shuffle(data.map((row) => out.slice(row.start, row.end)));
      data.forEach((row, k) => out.splice(row.start, width, ...shuffled[k]!));
    }
    i = rows.at(-1)!.end + 1;
  }
  return out;
}

function isCell(line: string): boolean {
  return /^[ ]*\t/u.test(line);
}
