/**
 * The Word document's blocks as the pipeline's segments, the same `Segment[]` the text path's
 * `segmentBlocks` makes: text lines (a numbered paragraph's label first, as printed), blank lines
 * for empty paragraphs, tables with their caption, and boxes. A SourceLine's `line` is the
 * paragraph's 1-based position in reading order. Also returns every printed line, for the lossless check.
 */
import { readLabel } from '../classify-heading.ts';
import { classifyTable } from '../read-indicators.ts';
import { isTableCaption, type Segment, type WordParagraph } from '../segment-blocks.ts';
import type { IngestWarning, SourceLine } from '../source-line.ts';
import { docxTableDraft } from './docx-table.ts';
import type { DocxBlock, DocxParagraph } from './read-document.ts';

/** `表1 …`, `表  …`, as the text path reads a caption; or a paragraph in Word's caption style. */
const CAPTION_STYLE = /^(caption|题注)$/iu;
const MAX_CAPTION_LENGTH = 60;

export function docxSegments(blocks: readonly DocxBlock[]): { segments: Segment[]; lines: SourceLine[]; warnings: IngestWarning[] } {
  const segments: Segment[] = [];
  const lines: SourceLine[] = [];
  const warnings: IngestWarning[] = [];
  const printed = (paragraph: DocxParagraph) => lines.push(...paragraph.lines.map((text) => ({ line: paragraph.index, text })));
  // Notes cited by a caption or the text just before a table follow the table, as they follow it on the page.
  let pendingNotes: DocxParagraph[] = [];
  const flushNotes = () => {
    for (const note of pendingNotes) {
      printed(note);
      segments.push({ kind: 'text', line: { line: note.index, text: note.text }, word: wordParagraph(note) });
    }
    pendingNotes = [];
  };
  const contents = blocks.filter(
    (block): block is DocxParagraph => block.kind === 'paragraph' && block.contents === true && block.text !== '',
  );
  if (contents.length > 0) {
    const [first, last] = [contents[0]!.index, contents.at(-1)!.index];
    warnings.push({
      line: first,
      code: 'docx-contents-omitted',
      message: `the document's own table of contents (${contents.length} lines, paragraphs ${first}–${last}) is left out: the site lists the plan's contents itself`,
    });
  }
  for (const block of blocks) {
    if (block.kind === 'paragraph' && block.contents) continue;
    if (block.kind === 'paragraph' && block.note && block.text !== '') {
      pendingNotes.push(block);
      continue;
    }
    if (block.kind !== 'table') flushNotes();
    if (block.kind === 'paragraph') {
      printed(block);
      const line = { line: block.index, text: block.text };
      segments.push(block.text === '' ? { kind: 'blank', line } : { kind: 'text', line, word: wordParagraph(block) });
    } else if (block.kind === 'box') {
      block.paragraphs.forEach(printed);
      const filled = block.paragraphs.filter((paragraph) => paragraph.text !== '');
      if (filled.length === 0) continue;
      segments.push({
        kind: 'box',
        open: { line: filled[0]!.index, text: '' },
        lines: filled.map((paragraph) => ({ line: paragraph.index, text: paragraph.text })),
        wordBox: block.source,
      });
    } else {
      block.rows.forEach((row) => row.forEach((cell) => cell.paragraphs.forEach(printed)));
      const read = docxTableDraft(block);
      if (!read) continue;
      const cells = block.rows.flatMap((row) => row);
      if (cells.length === 1) {
        // A table of one cell is how Word users draw a box (专栏): read as one.
        const filled = cells[0]!.paragraphs.filter((paragraph) => paragraph.text !== '');
        if (filled.length > 0)
          segments.push({
            kind: 'box',
            open: { line: filled[0]!.index, text: '' },
            lines: filled.map((paragraph) => ({ line: paragraph.index, text: paragraph.text })),
            wordBox: 'table-cell',
          });
        flushNotes();
        continue;
      }
      warnings.push(...read.warnings);
      const isTaskList = classifyTable(read.table.header) === 'task-list';
      segments.push({ kind: 'table', caption: takeCaption(segments, isTaskList), note: null, table: read.table, wordSpans: read.spans });
      flushNotes();
    }
  }
  flushNotes();
  return { segments, lines, warnings };
}

function wordParagraph(paragraph: DocxParagraph): WordParagraph {
  return {
    ...(paragraph.styleName !== undefined ? { styleName: paragraph.styleName } : {}),
    ...(paragraph.outlineLevel !== undefined ? { outlineLevel: paragraph.outlineLevel } : {}),
    ...(paragraph.label && paragraph.label.text !== '' ? { numberingLabel: paragraph.label.text } : {}),
    ...(paragraph.note ? { note: paragraph.note } : {}),
  };
}

/**
 * The caption printed just before a table (empty paragraphs between allowed), taken out of the text
 * segments: a caption as the text path reads one (`表…`, `专栏N …`, `…指标表`) or a caption-style
 * paragraph; before a task list, any short unlabelled line.
 */
function takeCaption(segments: Segment[], isTaskList: boolean): SourceLine | null {
  let index = segments.length - 1;
  while (index >= 0 && segments[index]!.kind === 'blank') index--;
  const candidate = segments[index];
  if (candidate?.kind !== 'text') return null;
  const text = candidate.line.text;
  if (text.length > MAX_CAPTION_LENGTH || /[。；]$/u.test(text)) return null;
  const accepts = isTableCaption(text) || CAPTION_STYLE.test(candidate.word?.styleName ?? '') || (isTaskList && readLabel(text) === null);
  if (!accepts) return null;
  segments.splice(index, 1);
  return candidate.line;
}
