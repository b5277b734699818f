/**
 * Step 5, build the tree: title, preamble, chapters, sections and their blocks, in reading order.
 *
 * Which numbering style marks chapters and which marks sections is read from each plan (第X部分 →
 * 一、, 第X章 → 一、, or 一、 → （一）). Headings whose label the export lost are recognised by their
 * shape and their neighbours, and get the label their place in the sequence implies, flagged as
 * restored. Nothing is dropped: a line that fits nowhere becomes a paragraph.
 */
import {
  LABEL_STYLES,
  findLead,
  formatLabel,
  isStandaloneHeading,
  isUnlabelledHeadingCandidate,
  readLabel,
  type Label,
  type LabelStyle,
} from './classify-heading.ts';
import { joinFragments, readBoxColumn, readColumnHeading, type ColumnDraft } from './featured-columns.ts';
import { groupColumnItems, nextColumnStep, type IsHeadingLine } from './labelled-column.ts';
import { classifyTable, findUnitConflicts, readIndicators } from './read-indicators.ts';
import type { Segment } from './segment-blocks.ts';
import type { IngestWarning, SourceLine } from './source-line.ts';
import type { Block, Chapter, Column, Paragraph, Section, Table } from '../../src/lib/plan-schema.ts';

export interface Outline {
  /** The title as printed at the top of the source (one or more lines), if it has one. */
  readonly titleLines: readonly SourceLine[];
  readonly preamble: readonly string[];
  readonly chapters: readonly Chapter[];
  readonly tables: readonly Table[];
  readonly columns: readonly Column[];
  readonly warnings: readonly IngestWarning[];
}

interface HeadingStyles {
  readonly chapter: LabelStyle | undefined;
  readonly section: LabelStyle | undefined;
}

const TITLE_MAX_LENGTH = 40;
const TITLE_WORDS = /规划|方案|计划|纲要|意见|清单|办法|要点/u;
/** A labelled run-in heading's lead may be longer than an unlabelled paragraph's opening sentence. */
const LEAD_MAX_LENGTH_LABELLED = 40;
const LEAD_MAX_LENGTH_UNLABELLED = 24;
/** Paragraphs whose lost labels may be restored must each open with a lead of at most this length. */
const RESTORABLE_LEAD_MAX_LENGTH = 30;
/** Today's test for a heading of the plan's hierarchy; boxes end at one (a plug for the outline's classifier). */
const isHierarchyHeading: IsHeadingLine = (text) => {
  const label = readLabel(text);
  return label !== null && isStandaloneHeading(label);
};

export function buildOutline(segments: readonly Segment[], planId: string): Outline {
  const { titleLines, body } = takeTitle(segments);
  const builder = new OutlineBuilder(planId, findHeadingStyles(body));
  body.forEach((segment, index) => builder.add(segment, nextContent(body, index)));
  return { titleLines, ...builder.finish() };
}

/** The first lines of a document, when they read as its title (`…教育事业` / `改革与发展“十四五”规划` / `（2021-2025年）`). */
function takeTitle(segments: readonly Segment[]): { titleLines: SourceLine[]; body: readonly Segment[] } {
  const titleLines: SourceLine[] = [];
  let index = 0;
  for (; index < segments.length; index++) {
    const segment = segments[index]!;
    if (segment.kind === 'blank') continue;
    if (segment.kind !== 'text' || !isTitleLike(segment.line.text)) break;
    titleLines.push(segment.line);
  }
  const title = titleLines.map((line) => line.text).join('');
  return TITLE_WORDS.test(title) ? { titleLines, body: segments.slice(index) } : { titleLines: [], body: segments };
}

function isTitleLike(text: string): boolean {
  const label = readLabel(text);
  return text.length <= TITLE_MAX_LENGTH && !/[。，；！？]/u.test(text) && !(label && isStandaloneHeading(label));
}

/** The two outermost numbering styles the plan prints as standalone headings. */
function findHeadingStyles(segments: readonly Segment[]): HeadingStyles {
  const used = new Set<LabelStyle>();
  for (const segment of segments) {
    if (segment.kind !== 'text') continue;
    const label = readLabel(segment.line.text);
    if (label && isStandaloneHeading(label)) used.add(label.style);
  }
  const [chapter, section] = LABEL_STYLES.filter((style) => used.has(style));
  return { chapter, section };
}

function nextContent(segments: readonly Segment[], index: number): Segment | undefined {
  return segments.slice(index + 1).find((segment) => segment.kind !== 'blank');
}

interface OpenLabelledColumn {
  readonly draft: ColumnDraft;
  readonly lines: string[];
}

class OutlineBuilder {
  private readonly planId: string;
  private readonly styles: HeadingStyles;
  private readonly preamble: string[] = [];
  private readonly chapters: Chapter[] = [];
  private readonly tables: Table[] = [];
  private readonly columns: Column[] = [];
  private readonly warnings: IngestWarning[] = [];
  /** Tables and columns met before the first chapter; they join its opening blocks. */
  private readonly orphanBlocks: Block[] = [];
  /** The last ordinal of each run-in label style in the current chapter, to spot lost labels. */
  private runInOrdinals = new Map<LabelStyle, number>();
  private openColumn: OpenLabelledColumn | null = null;

  constructor(planId: string, styles: HeadingStyles) {
    this.planId = planId;
    this.styles = styles;
  }

  add(segment: Segment, next: Segment | undefined): void {
    if (this.openColumn && this.continuesOpenColumn(segment, next)) return;
    switch (segment.kind) {
      case 'blank':
        return;
      case 'table':
        return this.addTable(segment.caption, segment.note, segment.table);
      case 'box':
        for (const line of segment.lines.filter((inner) => isHierarchyHeading(inner.text))) {
          this.warn(line.line, 'box-heading-inside', `the boxed column opened on line ${segment.open.line} holds a line that reads as a heading, "${line.text.slice(0, 30)}"; kept in the column as printed`);
        }
        return this.addColumn(readBoxColumn(segment.lines, segment.open.line));
      case 'text':
        return this.addText(segment.line, next);
    }
  }

  finish(): Omit<Outline, 'titleLines'> {
    this.closeOpenColumn();
    if (this.orphanBlocks.length > 0 && this.chapters.length === 0) {
      this.warn(0, 'no-chapters', 'the plan has tables or columns but no chapter headings; they are kept in the catalogue data only');
    }
    this.chapters.forEach(assignParagraphAnchors);
    return { preamble: this.preamble, chapters: this.chapters, tables: this.tables, columns: this.columns, warnings: this.warnings };
  }

  private addText(line: SourceLine, next: Segment | undefined): void {
    const text = line.text;
    const label = readLabel(text);
    if (label && isStandaloneHeading(label) && label.style === this.styles.chapter) return this.openChapter(line, label);
    if (label && isStandaloneHeading(label) && label.style === this.styles.section && this.currentChapter()) return this.openSection(line, label);
    const columnHeading = readColumnHeading(text);
    if (columnHeading && columnHeading.ordinal !== null) {
      this.closeOpenColumn();
      this.openColumn = { draft: { ...columnHeading, line: line.line, items: [] }, lines: [] };
      return;
    }
    if (!label && isUnlabelledHeadingCandidate(text)) {
      const level = this.levelOfUnlabelledHeading(next);
      if (level === 'chapter') return this.openChapter(line, null);
      if (level === 'section') return this.openSection(line, null);
    }
    this.addParagraph(line, label);
  }

  /**
   * A heading that lost its label is a chapter when a first section or another such heading
   * follows it (`发展基础` → `一、…`; `核心任务` → `育人模式改革`), else a section of the current chapter.
   */
  private levelOfUnlabelledHeading(next: Segment | undefined): 'chapter' | 'section' | null {
    if (!this.styles.chapter || !this.styles.section) return null;
    const nextText = next?.kind === 'text' ? next.line.text : null;
    const nextLabel = nextText === null ? null : readLabel(nextText);
    const opensFirstSection = nextLabel !== null && isStandaloneHeading(nextLabel) && nextLabel.style === this.styles.section && nextLabel.ordinal === 1;
    const precedesAnotherHeading = nextText !== null && nextLabel === null && isUnlabelledHeadingCandidate(nextText);
    if (opensFirstSection || precedesAnotherHeading) return 'chapter';
    return this.currentChapter() ? 'section' : null;
  }

  private openChapter(line: SourceLine, label: Label | null): void {
    this.closeOpenColumn();
    const previous = this.chapters.at(-1);
    const ordinal = label?.ordinal ?? ordinalAfter(previous?.number, this.styles.chapter!);
    const n = this.chapters.length + 1;
    const number = label?.printed ?? formatLabel(this.styles.chapter!, ordinal, previous?.number);
    if (!label) this.warnRestored(line, 'chapter', number);
    this.chapters.push({
      n,
      number,
      numberRestored: label === null,
      title: label ? label.rest : line.text,
      url: `/plans/${this.planId}/${n}/`,
      line: line.line,
      blocks: n === 1 ? this.orphanBlocks.splice(0) : [],
      sections: [],
    });
    this.runInOrdinals = new Map();
  }

  private openSection(line: SourceLine, label: Label | null): void {
    this.closeOpenColumn();
    const chapter = this.currentChapter()!;
    const previous = chapter.sections.at(-1);
    const expected = ordinalAfter(previous?.number, this.styles.section!);
    if (label && label.ordinal > expected) {
      this.warn(line.line, 'number-gap', `section ${label.printed} follows ${previous?.number ?? 'the chapter heading'}: ${label.ordinal - expected} section label(s) missing before it, and no unlabelled heading to restore them on`);
    }
    const number = label?.printed ?? formatLabel(this.styles.section!, expected, previous?.number);
    if (!label) this.warnRestored(line, 'section', number);
    const n = chapter.sections.length + 1;
    chapter.sections.push({ n, number, numberRestored: label === null, title: label ? label.rest : line.text, anchor: `s${n}`, line: line.line, blocks: [] });
  }

  private addParagraph(line: SourceLine, label: Label | null): void {
    this.closeOpenColumn();
    if (!this.currentChapter()) {
      this.preamble.push(line.text);
      return;
    }
    const paragraph: Paragraph = label
      ? { type: 'paragraph', number: label.printed, text: label.rest, lead: findLead(label.rest, LEAD_MAX_LENGTH_LABELLED), anchor: '', line: line.line }
      : { type: 'paragraph', text: line.text, lead: findLead(line.text, LEAD_MAX_LENGTH_UNLABELLED), anchor: '', line: line.line };
    if (label) this.restoreLostRunInLabels(label, line);
    this.currentBlocks().push(paragraph);
  }

  /**
   * `（五）坚持均衡协调…` after four unlabelled paragraphs that each open with a lead: the export
   * lost `（一）`…`（四）`. Restore them on those paragraphs when there are enough of them.
   */
  private restoreLostRunInLabels(label: Label, line: SourceLine): void {
    const last = this.runInOrdinals.get(label.style) ?? 0;
    this.runInOrdinals.set(label.style, label.ordinal);
    const missing = label.ordinal - 1 - (label.ordinal > last ? last : 0);
    if (missing <= 0) return;
    const blocks = this.currentBlocks();
    const candidates: Paragraph[] = [];
    for (let i = blocks.length - 1; i >= 0 && candidates.length < missing; i--) {
      const block = blocks[i]!;
      if (block.type !== 'paragraph' || block.number !== undefined || !findLead(block.text, RESTORABLE_LEAD_MAX_LENGTH)) break;
      candidates.unshift(block);
    }
    if (candidates.length < missing) {
      this.warn(line.line, 'number-gap', `${label.printed} is preceded by ${missing} missing label(s) of its sequence and not enough unlabelled paragraphs to restore them on`);
      return;
    }
    candidates.forEach((paragraph, i) => {
      paragraph.number = formatLabel(label.style, label.ordinal - missing + i, label.printed);
      paragraph.numberRestored = true;
      paragraph.lead = findLead(paragraph.text, LEAD_MAX_LENGTH_LABELLED);
      this.warnRestored({ line: paragraph.line, text: paragraph.text }, 'paragraph', paragraph.number);
    });
  }

  private addTable(caption: SourceLine | null, note: SourceLine | null, draft: TableDraftLike): void {
    this.closeOpenColumn();
    const onlyColumn = draft.header.length === 1 ? readColumnHeading(draft.header[0]!) : null;
    if (onlyColumn) {
      // A featured column exported as a one-column table: its cells are the column's items.
      if (caption) this.addParagraph(caption, readLabel(caption.text));
      this.addColumn({ ...onlyColumn, line: draft.firstLine, items: joinFragments(draft.cellLines.flat(2)) });
      return;
    }
    // A 专栏 printed as a table is one column whose body is that table.
    const captionColumn = caption ? readColumnHeading(caption.text) : null;
    if (!caption) this.warn(draft.firstLine, 'table-caption-missing', 'no caption line names this table; it is shown as 表<n>');
    const kind = classifyTable(draft.header);
    const indicators = kind === 'indicator' ? readIndicators(draft.header, draft.rows, draft) : [];
    for (const conflict of findUnitConflicts(indicators)) this.warn(draft.firstLine, 'indicator-unit-conflict', conflict);
    const n = this.tables.length + 1;
    const { chapter, section } = this.position();
    this.tables.push({
      n,
      caption: caption?.text ?? null,
      kind,
      chapter,
      section,
      anchor: `table-${n}`,
      line: caption?.line ?? draft.firstLine,
      header: draft.header,
      rows: draft.rows,
      spans: draft.spans,
      indicators,
      ...(note ? { note: note.text } : {}),
      ...(captionColumn ? { column: this.columns.length + 1 } : {}),
    });
    if (captionColumn) this.addColumn({ ...captionColumn, line: caption!.line, items: [] }, n);
    else this.currentBlocks().push({ type: 'table', n });
  }

  /** `table`: the `n` of the table that is the column's body, if it is one. */
  private addColumn(draft: ColumnDraft, table?: number): void {
    const previous = this.columns.at(-1);
    const expected = previous ? Number(previous.number.replace(/\D/gu, '')) + 1 : 1;
    const ordinal = draft.ordinal ?? expected;
    const number = `专栏${ordinal}`;
    if (draft.ordinal === null) this.warnRestored({ line: draft.line, text: draft.title }, 'column', number);
    else if (draft.ordinal !== expected) this.warn(draft.line, 'column-number-sequence', `column ${draft.label} follows ${previous?.number ?? 'no column'}; expected 专栏${expected}, kept as printed`);
    if (draft.label && draft.label.startsWith('栏目')) {
      this.warn(draft.line, 'column-label-unusual', `column labelled ${draft.label} read as ${number}; the printed label is kept in "label"`);
    }
    if (draft.title.length <= 2) {
      this.warn(draft.line, 'column-title-incomplete', `column ${number} has the title "${draft.title}" only; the export seems to have lost the rest, kept as printed`);
    }
    if (draft.items.length === 0 && table === undefined) this.warn(draft.line, 'column-empty', `column ${number} has no text`);
    const n = this.columns.length + 1;
    const { chapter, section } = this.position();
    this.columns.push({
      n,
      number,
      numberRestored: draft.ordinal === null,
      label: draft.label !== null && draft.label !== number ? draft.label : undefined,
      title: draft.title,
      chapter,
      section,
      anchor: `column-${n}`,
      line: draft.line,
      items: [...draft.items],
      ...(table === undefined ? {} : { table }),
    });
    this.currentBlocks().push({ type: 'column', n });
  }

  /** Lines after a `专栏N 标题` line belong to that column until `nextColumnStep` ends it. */
  private continuesOpenColumn(segment: Segment, next: Segment | undefined): boolean {
    const open = this.openColumn!;
    const nextText = next?.kind === 'text' ? next.line.text : null;
    const seen = segment.kind === 'blank' ? { kind: 'blank' as const } : segment.kind === 'text' ? { kind: 'text' as const, text: segment.line.text } : { kind: 'other' as const };
    const step = nextColumnStep(open.lines, seen, nextText, isHierarchyHeading);
    if (step.take) {
      if (segment.kind === 'text') open.lines.push(segment.line.text);
      return true;
    }
    if (step.endedByHeading && segment.kind === 'text') {
      this.warn(segment.line.line, 'column-ended-by-heading', `column ${open.draft.label ?? ''} ${open.draft.title.slice(0, 20)} runs into the heading "${segment.line.text.slice(0, 30)}" with no gap; the column ends before it`);
    }
    this.closeOpenColumn();
    return false;
  }

  private closeOpenColumn(): void {
    const open = this.openColumn;
    if (!open) return;
    this.openColumn = null;
    this.addColumn({ ...open.draft, items: groupColumnItems(open.lines) });
  }

  private currentChapter(): Chapter | undefined {
    return this.chapters.at(-1);
  }

  private currentBlocks(): Block[] {
    const chapter = this.currentChapter();
    if (!chapter) return this.orphanBlocks;
    return chapter.sections.at(-1)?.blocks ?? chapter.blocks;
  }

  private position(): { chapter: number; section: number | null } {
    const chapter = this.currentChapter();
    return { chapter: chapter?.n ?? 1, section: chapter?.sections.at(-1)?.n ?? null };
  }

  private warnRestored(line: SourceLine, what: string, number: string): void {
    this.warn(line.line, 'number-restored', `${what} "${line.text.slice(0, 30)}" has no label in the export; restored as ${number} from the sequence`);
  }

  private warn(line: number, code: string, message: string): void {
    this.warnings.push({ line, code, message });
  }
}

type TableDraftLike = Extract<Segment, { kind: 'table' }>['table'];

/** The ordinal after a sibling's printed label, or 1 for the first. */
function ordinalAfter(previousNumber: string | undefined, style: LabelStyle): number {
  if (previousNumber === undefined) return 1;
  const label = readLabel(previousNumber);
  return label && label.style === style ? label.ordinal + 1 : 1;
}

/** Paragraph k of section m is `s<m>-p<k>`; paragraphs before the first section are `s0-p<k>`. */
function assignParagraphAnchors(chapter: Chapter): void {
  const number = (blocks: Block[], section: number) => {
    let k = 0;
    for (const block of blocks) if (block.type === 'paragraph') block.anchor = `s${section}-p${++k}`;
  };
  number(chapter.blocks, 0);
  chapter.sections.forEach((section: Section) => number(section.blocks, section.n));
}
