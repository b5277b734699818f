/**
 * document.xml in reading order: paragraphs (style, outline level, the label Word's numbering
 * prints), tables (cells with their grid and vertical spans), text boxes and framed paragraphs as
 * boxes, and footnotes after the paragraph that cites them. Every paragraph gets the next number in
 * document order (the "line" warnings and provenance name): paragraphs as their `w:p` opens in
 * document.xml, a text box's where it is anchored, a note's after the paragraph that cites it.
 */
import { cleanLine } from '../clean-lines.ts';
import { joinFragment } from '../featured-columns.ts';
import { isKnownNumberFormat } from './format-number.ts';
import { MC, elements, isW, wAttr, wChild, wChildren, wFlag, wInt, wVal, type Element } from './ooxml.ts';
import type { Notes } from './read-footnotes.ts';
import type { StyleSheet } from './read-styles.ts';
import type { PrintedLabel, WordNumbering } from './word-numbering.ts';
import type { IngestWarning } from '../source-line.ts';

export interface DocxParagraph {
  readonly kind: 'paragraph';
  /** 1-based position among the document's paragraphs in reading order. */
  readonly index: number;
  /** The text as printed: the numbering label first, then the runs; cleaned as the text path cleans lines. */
  readonly text: string;
  /** The same text cut at its manual line breaks (`w:br`), each piece cleaned; empty pieces dropped. */
  readonly lines: readonly string[];
  /** The label Word's numbering printed before the text, when the paragraph is numbered. */
  readonly label: PrintedLabel | undefined;
  readonly styleId: string | undefined;
  readonly styleName: string | undefined;
  /** 0-based outline level (Heading 1 → 0), from the paragraph or its style. */
  readonly outlineLevel: number | undefined;
  /** Set on the text of a footnote or endnote. */
  readonly note?: 'footnote' | 'endnote';
  /** Set on a line of the document's own table of contents (a TOC style or a TOC content control). */
  readonly contents?: true;
}

export interface DocxCell {
  /** The cell's paragraphs (and any nested table's), as printed. */
  readonly paragraphs: readonly DocxParagraph[];
  /** Grid columns the cell covers (`w:gridSpan`). */
  readonly gridSpan: number;
  /** `w:vMerge`: `restart` opens a vertical merge, `continue` is covered by the cell above. */
  readonly vMerge: 'restart' | 'continue' | undefined;
  /** The legacy `w:hMerge`: `continue` is covered by the cell to its left. */
  readonly hMerge: 'restart' | 'continue' | undefined;
  /** Grid columns skipped before this cell (`w:gridBefore` on its row), for the first cell only. */
  readonly gridBefore: number;
}

export interface DocxTable {
  readonly kind: 'table';
  readonly rows: ReadonlyArray<readonly DocxCell[]>;
}

export interface DocxBox {
  readonly kind: 'box';
  /** A text box (`w:txbxContent`) or paragraphs framed together (`w:framePr`). */
  readonly source: 'text-box' | 'frame';
  readonly paragraphs: readonly DocxParagraph[];
}

export type DocxBlock = DocxParagraph | DocxTable | DocxBox;

interface RunState {
  text: string;
  readonly before: DocxBox[];
  readonly after: DocxBox[];
  readonly footnotes: Array<{ id: string; mark: string }>;
  /** What `w:footnoteRef` prints inside a note: the mark of the reference that cites it. */
  readonly noteMark: string;
}

export interface ReadDocumentContext {
  readonly styles: StyleSheet;
  readonly numbering: WordNumbering;
  readonly footnotes: Notes;
  readonly endnotes: Notes;
}

const WORD_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const VML = 'urn:schemas-microsoft-com:vml';
const MATH = 'http://schemas.openxmlformats.org/officeDocument/2006/math';
/** Word's table-of-contents styles (`toc 1`…`toc 9`, `TOC Heading`), whatever the UI language calls them. */
const CONTENTS_STYLE = /^(toc \d|toc heading)$/iu;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Elements whose children carry a paragraph's runs (hyperlinks, tracked insertions, content controls…). */
const RUN_CONTAINERS = new Set([
  'hyperlink',
  'ins',
  'moveTo',
  'smartTag',
  'fldSimple',
  'customXml',
  'sdtContent',
  'rubyBase',
  'dir',
  'bdo',
]);
/** Elements whose content is not printed: deletions, field instructions, ruby annotations. */
const NOT_PRINTED = new Set(['del', 'moveFrom', 'instrText', 'delText', 'delInstrText', 'rt', 'sdtPr', 'sdtEndPr', 'rPr', 'pPr']);

export function readDocument(body: Element, context: ReadDocumentContext): { blocks: DocxBlock[]; warnings: IngestWarning[] } {
  const reader = new DocumentReader(context);
  const blocks = reader.readBlocks(elements(body));
  blocks.push(...reader.endnoteBlocks());
  return { blocks, warnings: reader.warnings };
}

class DocumentReader {
  readonly warnings: IngestWarning[] = [];
  private readonly context: ReadDocumentContext;
  private paragraphCount = 0;
  /** Footnotes and endnotes are numbered apart, each from 1, as Word numbers them by default. */
  private readonly noteCounts = { footnote: 0, endnote: 0 };
  private readonly endnotesCited: Array<{ id: string; mark: string }> = [];

  constructor(context: ReadDocumentContext) {
    this.context = context;
  }

  /** Body-level content in order; consecutive framed paragraphs with the same frame become one box. */
  readBlocks(children: readonly Element[]): DocxBlock[] {
    const blocks: DocxBlock[] = [];
    let frame = null as { key: string; paragraphs: DocxParagraph[] } | null;
    for (const child of children) {
      if (!isW(child)) continue;
      if (child.localName === 'p') {
        const key = frameKey(child);
        const read = this.readParagraph(child);
        blocks.push(...read.before);
        if (key !== null) {
          const open: { key: string; paragraphs: DocxParagraph[] } = frame !== null && frame.key === key ? frame : { key, paragraphs: [] };
          if (open !== frame) blocks.push({ kind: 'box', source: 'frame', paragraphs: open.paragraphs });
          open.paragraphs.push(read.paragraph);
          frame = open;
          blocks.push(...read.after);
          continue;
        }
        frame = null;
        blocks.push(read.paragraph, ...read.after);
      } else {
        frame = null;
        if (child.localName === 'tbl') blocks.push(...this.readTable(child));
        else if (child.localName === 'sdt' || child.localName === 'customXml') {
          const inner = this.readBlocks(elements(wChild(child, 'sdtContent') ?? child));
          blocks.push(
            ...(isContentsControl(child)
              ? inner.map((block) => (block.kind === 'paragraph' ? { ...block, contents: true as const } : block))
              : inner),
          );
        }
      }
    }
    return blocks.filter((block) => block.kind !== 'box' || block.paragraphs.length > 0);
  }

  /** The endnotes, in the order the text cites them, after the body. */
  endnoteBlocks(): DocxBlock[] {
    return this.endnotesCited.flatMap(({ id, mark }) => this.readNote(this.context.endnotes.get(id) ?? [], mark, 'endnote'));
  }

  /**
   * A paragraph and what it anchors: floating text boxes before it (Word positions them from the
   * top of their anchor paragraph), inline ones after it, then the notes it cites.
   */
  private readParagraph(
    p: Element,
    note?: { mark: string; kind: 'footnote' | 'endnote' },
  ): { paragraph: DocxParagraph; before: DocxBlock[]; after: DocxBlock[] } {
    const index = ++this.paragraphCount;
    const pPr = wChild(p, 'pPr');
    const styleId = wVal(pPr, 'pStyle');
    const style = this.context.styles.paragraphStyle(styleId);
    const label = this.numberParagraph(pPr, style, index);
    const runs: RunState = { text: '', before: [], after: [], footnotes: [], noteMark: note?.mark ?? '' };
    this.readRuns(p, runs);
    const notes = runs.footnotes.flatMap(({ id, mark }) => this.readNote(this.context.footnotes.get(id) ?? [], mark, 'footnote'));
    const prefix = label && label.text !== '' ? label.text + labelSeparator(label) : '';
    const outlineLevel = wInt(pPr, 'outlineLvl') ?? style?.outlineLevel;
    const lines = (prefix + runs.text)
      .split('\n')
      .map(cleanLine)
      .filter((line) => line !== '');
    const paragraph: DocxParagraph = {
      kind: 'paragraph',
      index,
      text: joinFragment(lines),
      lines,
      label,
      styleId: style?.id ?? styleId,
      styleName: style?.name,
      outlineLevel: outlineLevel !== undefined && outlineLevel < 9 ? outlineLevel : undefined,
      ...(note ? { note: note.kind } : {}),
      ...(CONTENTS_STYLE.test(style?.name ?? '') ? { contents: true as const } : {}),
    };
    return { paragraph, before: runs.before, after: [...runs.after, ...notes] };
  }

  private numberParagraph(
    pPr: Element | undefined,
    style: ReturnType<StyleSheet['paragraphStyle']>,
    index: number,
  ): PrintedLabel | undefined {
    const numPr = wChild(pPr, 'numPr');
    const numId = wVal(numPr, 'numId') ?? style?.numId;
    if (numId === undefined || numId === '0') return undefined;
    const ilvl = wInt(numPr, 'ilvl') ?? style?.ilvl ?? this.context.numbering.levelOfStyle(numId, style?.id);
    const label = this.context.numbering.next(numId, ilvl);
    if (!label) {
      this.warnings.push({
        line: index,
        code: 'docx-numbering-undefined',
        message: `paragraph ${index} is numbered by list ${numId} level ${ilvl}, which numbering.xml does not define; its text is kept without a label`,
      });
      return undefined;
    }
    if (!isKnownNumberFormat(label.format)) {
      this.warnings.push({
        line: index,
        code: 'docx-number-format',
        message: `paragraph ${index} is numbered in the format "${label.format}", which this reader does not write out; printed as decimal digits (${label.text})`,
      });
    }
    return label.format === 'bullet' ? undefined : label;
  }

  /** Appends the printed text of a paragraph's runs to `state`, with the boxes and notes met on the way. */
  private readRuns(node: Element, state: RunState, floating = false): void {
    for (const child of elements(node)) {
      const name = child.localName ?? '';
      if (child.namespaceURI === MC && name === 'AlternateContent') {
        this.readRuns(chooseAlternative(child), state, floating);
        continue;
      }
      if (isTextBoxContent(child)) {
        const box: DocxBox = { kind: 'box', source: 'text-box', paragraphs: this.readBoxContent(child) };
        (floating ? state.before : state.after).push(box);
        continue;
      }
      if (child.namespaceURI === MATH && name === 't') {
        state.text += child.textContent ?? '';
        continue;
      }
      if (!isW(child)) {
        this.readRuns(child, state, floating || isFloatingShape(child));
        continue;
      }
      if (NOT_PRINTED.has(name)) continue;
      switch (name) {
        case 't':
          state.text += child.textContent ?? '';
          break;
        case 'tab':
        case 'ptab':
          state.text += ' ';
          break;
        case 'br':
        case 'cr':
          if (!['page', 'column'].includes(wAttr(child, 'type') ?? '')) state.text += '\n';
          break;
        case 'noBreakHyphen':
          state.text += '-';
          break;
        case 'sym':
          state.text += symbolCharacter(wAttr(child, 'char'));
          break;
        case 'footnoteRef':
        case 'endnoteRef':
          state.text += state.noteMark;
          break;
        case 'footnoteReference':
        case 'endnoteReference': {
          if (wAttr(child, 'customMarkFollows') === '1') break;
          const kind = name === 'footnoteReference' ? 'footnote' : 'endnote';
          const mark = superscript(++this.noteCounts[kind]);
          const id = wAttr(child, 'id') ?? '';
          state.text += mark;
          if (kind === 'footnote') state.footnotes.push({ id, mark });
          else this.endnotesCited.push({ id, mark });
          break;
        }
        default:
          if (name === 'r' && wFlag(wChild(child, 'rPr'), 'vanish')) break;
          if (
            name === 'r' ||
            RUN_CONTAINERS.has(name) ||
            name === 'sdt' ||
            name === 'drawing' ||
            name === 'pict' ||
            name === 'object' ||
            name === 'ruby'
          ) {
            this.readRuns(child, state, floating);
          }
      }
    }
  }

  /** A text box's paragraphs; tables inside it are read cell by cell, and boxes inside it join it. */
  private readBoxContent(content: Element): DocxParagraph[] {
    const paragraphs: DocxParagraph[] = [];
    for (const block of this.readBlocks(elements(content))) {
      if (block.kind === 'paragraph') paragraphs.push(block);
      else if (block.kind === 'box') paragraphs.push(...block.paragraphs);
      else paragraphs.push(...block.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs)));
    }
    return paragraphs;
  }

  private readNote(content: readonly Element[], mark: string, kind: 'footnote' | 'endnote'): DocxParagraph[] {
    const paragraphs: DocxParagraph[] = [];
    for (const element of content) {
      if (element.localName !== 'p') continue;
      const { paragraph } = this.readParagraph(element, { mark, kind });
      if (paragraph.text !== '') paragraphs.push(paragraph);
    }
    return paragraphs;
  }

  /** A table: its rows and cells with their spans; a table nested in a cell is read into that cell. */
  private readTable(tbl: Element): DocxBlock[] {
    const after: DocxBlock[] = [];
    const rows = wChildren(tbl, 'tr').map((tr) => {
      const gridBefore = wInt(wChild(tr, 'trPr'), 'gridBefore') ?? 0;
      return cellsOf(tr).map((tc, i): DocxCell => {
        const tcPr = wChild(tc, 'tcPr');
        const merge = (name: string) => {
          const element = wChild(tcPr, name);
          return element ? (wAttr(element, 'val') === 'restart' ? ('restart' as const) : ('continue' as const)) : undefined;
        };
        const paragraphs: DocxParagraph[] = [];
        for (const block of this.readBlocks(elements(tc))) {
          if (block.kind === 'paragraph') paragraphs.push(block);
          else if (block.kind === 'box') after.push(block);
          else paragraphs.push(...block.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs)));
        }
        return {
          paragraphs,
          gridSpan: Math.max(1, wInt(tcPr, 'gridSpan') ?? 1),
          vMerge: merge('vMerge'),
          hMerge: merge('hMerge'),
          gridBefore: i === 0 ? gridBefore : 0,
        };
      });
    });
    return [{ kind: 'table', rows }, ...after];
  }
}

/** A row's cells, including those inside content controls and custom XML around them. */
function cellsOf(tr: Element): Element[] {
  return elements(tr).flatMap((child) => {
    if (!isW(child)) return [];
    if (child.localName === 'tc') return [child];
    if (child.localName === 'sdt') return cellsOf(wChild(child, 'sdtContent') ?? child);
    if (child.localName === 'customXml') return cellsOf(child);
    return [];
  });
}

/** Word stores a text box twice (DrawingML and a VML fallback) in `mc:AlternateContent`: read one. */
function chooseAlternative(alternateContent: Element): Element {
  const choices = elements(alternateContent).filter((child) => child.namespaceURI === MC);
  return (
    choices.find((child) => child.localName === 'Choice') ?? choices.find((child) => child.localName === 'Fallback') ?? alternateContent
  );
}

/** A content control holding a table of contents (Word's References → Table of Contents). */
function isContentsControl(sdt: Element): boolean {
  return wVal(wChild(wChild(sdt, 'sdtPr'), 'docPartObj'), 'docPartGallery') === 'Table of Contents';
}

/** A DrawingML anchor (`wp:anchor`, not `wp:inline`) or an absolutely positioned VML shape. */
function isFloatingShape(element: Element): boolean {
  if (element.localName === 'anchor' && element.namespaceURI === WORD_DRAWING) return true;
  return element.namespaceURI === VML && /position\s*:\s*absolute/iu.test(element.getAttribute('style') ?? '');
}

function isTextBoxContent(element: Element): boolean {
  return isW(element) && element.localName === 'txbxContent';
}

/** Paragraphs framed alike form one frame; a drop cap is a frame too, but part of its paragraph's text. */
function frameKey(p: Element): string | null {
  const framePr = wChild(wChild(p, 'pPr'), 'framePr');
  if (!framePr || (wAttr(framePr, 'dropCap') ?? 'none') !== 'none') return null;
  return Array.from(
    { length: framePr.attributes.length },
    (_, i) => `${framePr.attributes.item(i)!.name}=${framePr.attributes.item(i)!.value}`,
  )
    .sort()
    .join(' ');
}

/** `w:sym`: a symbol-font character; codes F000–F0FF stand for the font's 00–FF. */
function symbolCharacter(code: string | undefined): string {
  if (!code || !/^[0-9a-f]{1,4}$/iu.test(code)) return '';
  const value = parseInt(code, 16);
  return String.fromCodePoint(value >= 0xf000 && value <= 0xf0ff ? value - 0xf000 : value);
}

/** The tab or space Word sets after a label, as one space; none after a Chinese label (`一、`, `（二）`), as the text path prints it. */
function labelSeparator(label: PrintedLabel): string {
  return label.suffix === 'nothing' || /[\u2e80-\u9fff\uff00-\uffef]$/u.test(label.text) ? '' : ' ';
}

function superscript(value: number): string {
  return String(value).replace(/\d/gu, (digit) => SUPERSCRIPT_DIGITS[Number(digit)]!);
}
