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
  | { readonly kind: 'table'; readonly caption: SourceLine | null; readonly table: TableDraft; readonly wordSpans?: readonly WordCellSpan[] }
  | { readonly kind: 'box'; readonly open: SourceLine; readonly lines: readonly SourceLine[]; readonly wordBox?: 'text-box' | 'frame' | 'table-cell' };

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
const BOX_CLOSE = /^[)）]$/u;
/** `表1 …`, `表  …`: a caption the export prints on the line before its table. */
const TABLE_CAPTION = /^表\s*\d*/u;
const MAX_CAPTION_LENGTH = 60;

export function segmentBlocks(lines: readonly SourceLine[]): { segments: Segment[]; warnings: IngestWarning[] } {
  const segments: Segment[] = [];
  const warnings: IngestWarning[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.text === '') {
      segments.push({ kind: 'blank', line });
      i++;
    } else if (isCellLine(line)) {
      const { table, next, warnings: found } = parseTabTable(lines, i);
      segments.push({ kind: 'table', caption: takeCaption(segments, (text) => TABLE_CAPTION.test(text)), table });
      warnings.push(...found);
      i = next;
    } else if (findTaskListHeader(lines, i) > 0) {
      const { table, next, warnings: found } = parseTaskList(lines, i);
      // A task list's caption is its own title line (`…任务清单（2025-2025年）`), with no 表 prefix.
      segments.push({ kind: 'table', caption: takeCaption(segments, (text) => readLabel(text) === null), table });
      warnings.push(...found);
      i = next;
    } else if (BOX_OPEN.test(line.text)) {
      const close = lines.findIndex((candidate, j) => j > i && (BOX_CLOSE.test(candidate.text) || BOX_OPEN.test(candidate.text)));
      const end = close >= 0 && BOX_CLOSE.test(lines[close]!.text) ? close : -1;
      if (end < 0) {
        warnings.push({ line: line.line, code: 'box-unclosed', message: 'a boxed column opens with "(" here but no ")" line closes it; its text is kept as paragraphs' });
        segments.push({ kind: 'text', line });
        i++;
      } else {
        segments.push({ kind: 'box', open: line, lines: lines.slice(i + 1, end).filter((inner) => inner.text !== '') });
        i = end + 1;
      }
    } else {
      segments.push({ kind: 'text', line });
      i++;
    }
  }
  return { segments, warnings };
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
