/**
 * Step 3, segment: cut the cleaned lines into blocks — lines of text, tables (tab-led, or a task
 * list exported without tabs) with their captions, and the boxed fragments of featured columns
 * that the export wraps in lone `(` and `)` lines.
 */
import { readLabel } from './classify-heading.ts';
import { isCellLine } from './clean-lines.ts';
import { parseTabTable, type TableDraft } from './parse-tab-table.ts';
import { findTaskListHeader, parseTaskList } from './parse-task-list.ts';
import type { IngestWarning, SourceLine } from './source-line.ts';

export type Segment =
  | { readonly kind: 'text'; readonly line: SourceLine; readonly word?: WordParagraph }
  | { readonly kind: 'blank'; readonly line: SourceLine }
  | {
      readonly kind: 'table';
      readonly caption: SourceLine | null;
      readonly note: SourceLine | null;
      readonly table: TableDraft;
      readonly wordSpans?: readonly WordCellSpan[];
    }
  | {
      readonly kind: 'box';
      readonly open: SourceLine;
      readonly lines: readonly SourceLine[];
      readonly wordBox?: 'text-box' | 'frame' | 'table-cell';
    };

/** What a Word document says of a paragraph (set only by the .docx reader, `scripts/ingest/docx/`). */
export interface WordParagraph {
  /** The paragraph style's name (`heading 1`, `Title`, `标题 2`). */
  readonly styleName?: string;
  /** 0-based outline level from the paragraph or its style (Heading 1 → 0). */
  readonly outlineLevel?: number;
  /** The label Word's automatic numbering printed, which the line's text starts with: printed, never restored. */
  readonly numberingLabel?: string;
  /** The line is the text of a footnote or endnote, placed after the paragraph that cites it. */
  readonly note?: 'footnote' | 'endnote';
}

/**
 * A merged region as the Word document defines it (`w:gridSpan`, `w:vMerge`): its presence says the
 * table's spans are known, not guessed. `row` counts the header as row 0.
 */
export interface WordCellSpan {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

const BOX_OPEN = /^[(（]$/u;
/** How far the next cell of a table may stand from a cell: a cell printed over several lines, a blank line between rows. */
const LONE_CELL_LOOKAHEAD = 12;
const BOX_CLOSE = /^[)）]$/u;
/**
 * The line before a table that names it: `表1 …`, `表  …`, `专栏1　…` (a column that is a table), or
 * a name ending as a table's does (`“十四五”教育事业发展主要指标表`, `…指标体系`, `…任务清单`).
 */
const CAPTION_LABEL = /^(?:表\s*[\d一二三四五六七八九十]*|(?:专栏|栏目)\s*\d+)/u;
const CAPTION_ENDING = /(?:指标表|指标体系|任务清单|一览表|统计表)(?:\s*[（(][^（）()]*[）)])?$/u;
const MAX_CAPTION_LENGTH = 60;
/** `注：①〔〕内为5年累计数。…`: the note printed right after a table. */
const TABLE_NOTE = /^注\s*[:：]/u;

export function segmentBlocks(lines: readonly SourceLine[]): { segments: Segment[]; warnings: IngestWarning[] } {
  const segments: Segment[] = [];
  const warnings: IngestWarning[] = [];
  const nextDelimiter = nextBoxDelimiters(lines);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.text === '') {
      segments.push({ kind: 'blank', line });
      i++;
    } else if (isCellLine(line) && !isLoneCell(lines, i)) {
      const { table, next, warnings: found } = parseTabTable(lines, i);
      const note = findNote(lines, next);
      segments.push({ kind: 'table', caption: takeCaption(segments, isTableCaption), note: note === null ? null : lines[note]!, table });
      warnings.push(...found);
      i = note === null ? next : note + 1;
    } else if (findTaskListHeader(lines, i) > 0) {
      const { table, next, warnings: found } = parseTaskList(lines, i);
      // A task list's caption is its own title line (`…任务清单（2025-2025年）`), with no 表 prefix.
      segments.push({ kind: 'table', caption: takeCaption(segments, (text) => readLabel(text) === null), note: null, table });
      warnings.push(...found);
      i = next;
    } else if (BOX_OPEN.test(line.text)) {
      const close = nextDelimiter[i]!;
      const end = close >= 0 && BOX_CLOSE.test(lines[close]!.text) ? close : -1;
      if (end < 0) {
        warnings.push({
          line: line.line,
          code: 'box-unclosed',
          message: 'a boxed column opens with "(" here but no ")" line closes it; its text is kept as paragraphs',
        });
        segments.push({ kind: 'text', line });
        i++;
      } else {
        segments.push({ kind: 'box', open: line, lines: lines.slice(i + 1, end).filter((inner) => inner.text !== '') });
        i = end + 1;
      }
    } else {
      if (isCellLine(line)) {
        warnings.push({
          line: line.line,
          code: 'stray-tab',
          message: 'this line starts with a tab, as a table cell would, but no other cell follows it; read as text',
        });
      }
      const text = isCellLine(line) ? line.text.slice(1) : line.text;
      segments.push(text === '' ? { kind: 'blank', line: { line: line.line, text } } : { kind: 'text', line: { line: line.line, text } });
      i++;
    }
  }
  return { segments, warnings };
}

/**
 * A tab-led line with no other tab-led line before the next blank line or the next few lines is a
 * stray tab, not a table: read as a table, it would swallow the text after it as one cell.
 */
function isLoneCell(lines: readonly SourceLine[], index: number): boolean {
  for (let j = index + 1; j < lines.length && j <= index + LONE_CELL_LOOKAHEAD; j++) {
    if (isCellLine(lines[j]!)) return false;
  }
  return true;
}

/** For each line, the index of the next `(` or `)` line after it, or -1: one pass, so many unclosed boxes stay linear. */
function nextBoxDelimiters(lines: readonly SourceLine[]): Int32Array {
  const next = new Int32Array(lines.length);
  let following = -1;
  for (let j = lines.length - 1; j >= 0; j--) {
    next[j] = following;
    if (BOX_OPEN.test(lines[j]!.text) || BOX_CLOSE.test(lines[j]!.text)) following = j;
  }
  return next;
}

/** A line that names the table after it: `表N …`, `专栏N …`, or a name ending as a table's does (`…主要指标表`). The .docx reader uses it too. */
export function isTableCaption(text: string): boolean {
  return CAPTION_LABEL.test(text) || (CAPTION_ENDING.test(text) && readLabel(text) === null);
}

/** Index of a `注：` line after the table (blank lines between allowed), or null. */
function findNote(lines: readonly SourceLine[], after: number): number | null {
  let index = after;
  while (index < lines.length && lines[index]!.text.trim() === '') index++;
  return index < lines.length && TABLE_NOTE.test(lines[index]!.text) ? index : null;
}

/**
 * The caption printed just before a table (blank lines between allowed): removed from the text
 * segments and returned, or null when the line before is a sentence rather than a caption.
 */
function takeCaption(segments: Segment[], accepts: (text: string) => boolean): SourceLine | null {
  let index = segments.length - 1;
  while (index >= 0 && segments[index]!.kind === 'blank') index--;
  const candidate = segments[index];
  if (candidate?.kind !== 'text') return null;
  const text = candidate.line.text;
  if (text.length > MAX_CAPTION_LENGTH || /[。；]$/u.test(text) || !accepts(text)) return null;
  segments.splice(index, 1);
  return candidate.line;
}
