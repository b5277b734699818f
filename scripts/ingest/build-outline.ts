/**
 * Step 5, build the tree: front matter, preamble, groups (篇), chapters (the pages), sections and
 * their blocks, in reading order.
 *
 * The hierarchy is read from each plan's own labels (infer-hierarchy.ts): 篇 > 章 > 节, 部分 > 一、,
 * 一、 > （一）… Headings whose label the export lost are recognised by their shape and their
 * neighbours, and get the label their place in the sequence implies, flagged as restored. Nothing is
 * dropped: a line that fits nowhere becomes a paragraph.
 */
import {
  findLead,
  formatLabel,
  isStandaloneHeading,
  isUnlabelledHeadingCandidate,
  readLabel,
  type Label,
  type LabelStyle,
} from './classify-heading.ts';
import { joinFragments, readBoxColumn, readColumnHeading, type ColumnDraft } from './featured-columns.ts';
import { inferHierarchy, type Heading, type Hierarchy } from './infer-hierarchy.ts';
import { readFrontMatter, type FrontMatter } from './read-front-matter.ts';
import { groupColumnItems, nextColumnStep, type IsHeadingLine } from './labelled-column.ts';
import { classifyTable, findUnitConflicts, readIndicators } from './read-indicators.ts';
import type { Segment, WordParagraph } from './segment-blocks.ts';
import type { IngestWarning, SourceLine } from './source-line.ts';
import type { WarningCode } from './warning-codes.ts';
import type { Block, Chapter, Column, Group, LabelStyleName, Level, Paragraph, Section, Table } from '../../src/lib/plan-schema.ts';

export interface Outline {
  readonly front: FrontMatter;
  /** The title as printed at the top of the source (one or more lines), if it has one. */
  readonly titleLines: readonly SourceLine[];
  readonly preamble: readonly string[];
  readonly levels: readonly Level[];
  readonly groups: readonly Group[];
  readonly chapters: readonly Chapter[];
  readonly tables: readonly Table[];
  readonly columns: readonly Column[];
  readonly warnings: readonly IngestWarning[];
}

export interface OutlineOptions {
  /** The level that makes pages, from the sidecar's `pages:`; inferred when absent. */
  readonly pageStyle?: LabelStyleName;
}

/** A labelled run-in heading's lead may be longer than an unlabelled paragraph's opening sentence. */
const LEAD_MAX_LENGTH_LABELLED = 40;
const LEAD_MAX_LENGTH_UNLABELLED = 24;
/** Paragraphs whose lost labels may be restored must each open with a lead of at most this length. */
const RESTORABLE_LEAD_MAX_LENGTH = 30;
/** A body this long with no heading at all reads as one undivided page: worth a warning. */
const FLAT_BODY_CHARACTERS = 3000;

export function buildOutline(segments: readonly Segment[], planId: string, options: OutlineOptions = {}): Outline {
  const front = readFrontMatter(segments);
  const body = segments.slice(front.bodyStart);
  const hierarchy = inferHierarchy(body, options.pageStyle);
  const builder = new OutlineBuilder(planId, hierarchy, body);
  body.forEach((segment, index) => builder.add(segment, index));
  return { front, titleLines: front.titleLines, ...builder.finish() };
}

interface OpenLabelledColumn {
  readonly draft: ColumnDraft;
  readonly lines: string[];
}

/** A heading placed in the hierarchy: its level's role, and its style. */
interface PlacedHeading {
  readonly role: Level['role'] | 'top';
  readonly style: LabelStyleName | 'unnumbered';
  /** Depth among the plan's levels; unnumbered parts stand at the top (-1). */
  readonly depth: number;
  readonly label: Label | null;
  readonly title: string;
  /** A Word heading printed without a number (its style says its level): numbered null, never restored. */
  readonly unnumbered?: boolean;
}

class OutlineBuilder {
  private readonly planId: string;
  private readonly hierarchy: Hierarchy;
  private readonly body: readonly Segment[];
  private readonly pageStyle: LabelStyleName | undefined;
  private readonly sectionStyle: LabelStyleName | undefined;
  private readonly preamble: string[] = [];
  private readonly groups: Group[] = [];
  private readonly chapters: Chapter[] = [];
  private readonly tables: Table[] = [];
  private readonly columns: Column[] = [];
  private readonly warnings: IngestWarning[] = [];
  /** Tables and columns met before the first division; they stand on the cover. */
  private readonly preambleObjects: Block[] = [];
  /** Groups open around the current place, outermost first. */
  private openGroups: Group[] = [];
  private chapter: Chapter | null = null;
  /** The last printed ordinal of each style in the whole plan, for numbering that runs on across groups (第一章…第六十五章). */
  private readonly lastOrdinal = new Map<LabelStyle, number>();
  /** The last ordinal of each run-in label style in the current chapter, to spot lost labels. */
  private runInOrdinals = new Map<LabelStyle, number>();
  private openColumn: OpenLabelledColumn | null = null;
  private bodyCharacters = 0;
  private readonly titleLines: ReadonlySet<number>;
  /** For a Word document: the label style of the headings of each outline level (Heading 1 → 第X章). */
  private readonly outlineStyles = new Map<number, LabelStyleName>();
  /** Whether a line is a heading of the plan's hierarchy: a box never holds one and ends at one. */
  private readonly isHeadingLine: IsHeadingLine;

  constructor(planId: string, hierarchy: Hierarchy, body: readonly Segment[]) {
    this.planId = planId;
    this.hierarchy = hierarchy;
    this.titleLines = new Set(
      [...hierarchy.headings.values()].flatMap((heading) =>
        heading.kind === 'labelled' && heading.titleIndex !== undefined ? [heading.titleIndex] : [],
      ),
    );
    this.body = body;
    for (const [index, heading] of hierarchy.headings) {
      const segment = body[index];
      const level = segment?.kind === 'text' ? segment.word?.outlineLevel : undefined;
      if (heading.kind === 'labelled' && level !== undefined && !this.outlineStyles.has(level))
        this.outlineStyles.set(level, heading.label.style as LabelStyleName);
    }
    const headingTexts = new Set(
      [...hierarchy.headings.keys()].map((index) => (body[index] as Extract<Segment, { kind: 'text' }>).line.text),
    );
    const levelStyles = new Set<string>(hierarchy.levels.map((level) => level.style));
    this.isHeadingLine = (text) => {
      const label = readLabel(text);
      return headingTexts.has(text) || (label !== null && levelStyles.has(label.style) && isStandaloneHeading(label));
    };
    this.pageStyle = hierarchy.levels.find((level) => level.role === 'page')?.style;
    this.sectionStyle = hierarchy.levels.find((level) => level.role === 'section')?.style;
  }

  add(segment: Segment, index: number): void {
    // The second line of a heading printed over two lines (`第二章` / `总体部署`) is its title, already placed.
    if (this.titleLines.has(index)) return;
    if (this.openColumn && this.continuesOpenColumn(segment, this.body[this.hierarchy.nextContent[index]!])) return;
    switch (segment.kind) {
      case 'blank':
        return;
      case 'table':
        return this.addTable(segment.caption, segment.note, segment.table);
      case 'box':
        for (const line of segment.lines.filter((inner) => this.isHeadingLine(inner.text))) {
          this.warn(
            line.line,
            'box-heading-inside',
            `the boxed column opened on line ${segment.open.line} holds a line that reads as a heading, "${line.text.slice(0, 30)}"; kept in the column as printed`,
          );
        }
        return this.addColumn(readBoxColumn(segment.lines, segment.open.line));
      case 'text':
        this.bodyCharacters += segment.line.text.length;
        return this.addText(segment.line, index, segment.word);
    }
  }

  finish(): Omit<Outline, 'front' | 'titleLines'> {
    this.closeOpenColumn();
    this.closeGroups(0);
    this.placeGroupObjects();
    if (this.preambleObjects.length > 0) {
      const onCover = [...this.tables, ...this.columns].filter((object) => object.chapter === null).map((object) => object.line);
      this.warn(
        Math.min(...onCover),
        'objects-before-body',
        `${this.preambleObjects.length} table(s) or column(s) stand before the first heading; they are shown on the cover`,
      );
    }
    if (this.chapters.length === 0 && this.bodyCharacters > FLAT_BODY_CHARACTERS) {
      this.warn(
        this.firstBodyLine(),
        'outline-flat',
        `no heading found in ${this.bodyCharacters} characters of text: the whole plan is shown on its cover; check that its headings are on lines of their own`,
      );
    } else if (this.chapters.length === 1 && this.bodyCharacters > FLAT_BODY_CHARACTERS) {
      this.warn(
        this.chapters[0]!.line,
        'outline-flat',
        `the plan has one chapter for ${this.bodyCharacters} characters of text; check that its headings are on lines of their own`,
      );
    }
    this.chapters.forEach(assignParagraphAnchors);
    this.groups.forEach((group) => numberParagraphs(group.blocks, `g${group.n}`));
    return {
      preamble: this.preamble,
      levels: this.hierarchy.levels,
      groups: this.groups,
      chapters: this.chapters,
      tables: this.tables,
      columns: this.columns,
      warnings: this.warnings,
    };
  }

  /** The line the body starts on, for a warning about the whole body. */
  private firstBodyLine(): number {
    const first = this.body.find((segment) => segment.kind === 'text');
    return first?.kind === 'text' ? first.line.line : 1;
  }

  private addText(line: SourceLine, index: number, word?: WordParagraph): void {
    const heading = this.hierarchy.headings.get(index);
    const placed = heading ? this.place(heading) : null;
    if (placed && this.openHeading(line, placed)) return;
    const text = line.text;
    const columnHeading = readColumnHeading(text);
    if (columnHeading && columnHeading.ordinal !== null) {
      this.closeOpenColumn();
      this.openColumn = { draft: { ...columnHeading, line: line.line, items: [] }, lines: [] };
      return;
    }
    const label = readLabel(text);
    // A Word heading style without a printed number: a division of the level its outline level names, unnumbered.
    const styled = !label && word?.outlineLevel !== undefined ? this.placeStyledHeading(word.outlineLevel, text) : null;
    if (styled?.role === 'page') return this.openChapter(line, styled);
    if (styled?.role === 'section' && this.chapter) return this.openSection(line, styled);
    // A Word document prints exactly what it shows: only a text export's lost labels are restored.
    if (!label && word === undefined && isUnlabelledHeadingCandidate(text)) {
      const role = this.roleOfUnlabelledHeading(index);
      if (role === 'page')
        return this.openChapter(line, { role, style: this.pageStyle!, depth: this.depthOf(this.pageStyle!), label: null, title: text });
      if (role === 'section')
        return this.openSection(line, {
          role,
          style: this.sectionStyle!,
          depth: this.depthOf(this.sectionStyle!),
          label: null,
          title: text,
        });
    }
    this.addParagraph(line, label, placed?.role === 'paragraph');
  }

  private place(heading: Heading): PlacedHeading {
    if (heading.kind === 'unnumbered') return { role: 'top', style: 'unnumbered', depth: -1, label: null, title: heading.title };
    const style = heading.label.style as LabelStyleName;
    const depth = this.depthOf(style);
    return { role: this.hierarchy.levels[depth]!.role, style, depth, label: heading.label, title: heading.label.rest };
  }

  /** The level a Word outline level stands for, read from the labelled headings of the same outline level. */
  private placeStyledHeading(outlineLevel: number, title: string): PlacedHeading | null {
    const style = this.outlineStyles.get(outlineLevel);
    if (style === undefined) return null;
    const depth = this.depthOf(style);
    return { role: this.hierarchy.levels[depth]!.role, style, depth, label: null, title, unnumbered: true };
  }

  /** The depth of the pages' level, where an unnumbered part (序言) stands. */
  private pageDepth(): number {
    return this.pageStyle === undefined ? 0 : this.depthOf(this.pageStyle);
  }

  private depthOf(style: LabelStyleName): number {
    return this.hierarchy.levels.findIndex((level) => level.style === style);
  }

  /** Opens the division a heading starts; false when the heading is set as a labelled paragraph. */
  private openHeading(line: SourceLine, heading: PlacedHeading): boolean {
    switch (heading.role) {
      case 'group':
        this.openGroup(line, heading);
        return true;
      case 'top':
        this.closeGroups(0);
        this.openChapter(line, heading);
        return true;
      case 'page':
        this.closeGroups(heading.depth);
        this.openChapter(line, heading);
        return true;
      case 'section':
        // A section label before any page (an `一、` in the preamble) is text of the preamble.
        if (!this.chapter) return false;
        this.openSection(line, heading);
        return true;
      case 'paragraph':
        return false;
    }
  }

  /**
   * A heading that lost its label is a page when a first section (`一、`) or another such heading
   * follows it (`发展基础` → `一、…`; `核心任务` → `育人模式改革`), else a section of the current page.
   */
  private roleOfUnlabelledHeading(index: number): 'page' | 'section' | null {
    if (!this.pageStyle || !this.sectionStyle || this.pageStyle === 'unnumbered') return null;
    const next = this.body[this.hierarchy.nextContent[index]!];
    const nextText = next?.kind === 'text' ? next.line.text : null;
    const nextHeading = this.hierarchy.headings.get(this.hierarchy.nextContent[index]!);
    const opensFirstSection =
      nextHeading?.kind === 'labelled' && nextHeading.label.style === this.sectionStyle && nextHeading.label.ordinal === 1;
    const precedesAnotherHeading = nextText !== null && readLabel(nextText) === null && isUnlabelledHeadingCandidate(nextText);
    if (opensFirstSection || precedesAnotherHeading) return 'page';
    // A short line right before a table or box names it (`主要指标`); one at the very end heads nothing.
    if (next === undefined || next.kind === 'table' || next.kind === 'box') return null;
    return this.chapter ? 'section' : null;
  }

  private openGroup(line: SourceLine, heading: PlacedHeading): void {
    this.closeOpenColumn();
    this.closeGroups(heading.depth);
    this.chapter = null;
    const previous = this.groups
      .filter((group) => group.style === heading.style && group.parent === (this.openGroups.at(-1)?.n ?? null))
      .at(-1);
    const { number, restored } = this.numberOf(line, heading, previous?.number ?? null, 'group');
    const group: Group = {
      n: this.groups.length + 1,
      number,
      numberRestored: restored,
      style: heading.style,
      level: heading.depth,
      title: heading.title,
      parent: this.openGroups.at(-1)?.n ?? null,
      firstChapter: 0,
      anchor: `g${this.groups.length + 1}`,
      line: line.line,
      blocks: [],
    };
    this.groups.push(group);
    this.openGroups.push(group);
  }

  /** Closes the open groups at `depth` and deeper; one that never got a page becomes a page itself, so its text has a place. */
  private closeGroups(depth: number): void {
    while (this.openGroups.length > 0 && this.depthOf(this.openGroups.at(-1)!.style as LabelStyleName) >= depth) {
      const group = this.openGroups.pop()!;
      if (group.firstChapter === 0) this.groupToChapter(group);
    }
  }

  private groupToChapter(group: Group): void {
    this.groups.splice(this.groups.indexOf(group), 1);
    const n = this.chapters.length + 1;
    for (const block of group.blocks) {
      if (block.type === 'table') this.tables[block.n - 1]!.chapter = n;
      if (block.type === 'column') this.columns[block.n - 1]!.chapter = n;
    }
    this.chapters.push({
      n,
      number: group.number,
      numberRestored: group.numberRestored,
      style: group.style,
      level: group.level,
      group: group.parent,
      title: group.title,
      url: `/plans/${this.planId}/${n}/`,
      line: group.line,
      blocks: group.blocks,
      sections: [],
    });
    this.renumberGroups();
    this.chapter = null;
  }

  private renumberGroups(): void {
    const renumbered = new Map(this.groups.map((group, i) => [group.n, i + 1]));
    for (const group of this.groups) {
      group.n = renumbered.get(group.n)!;
      group.anchor = `g${group.n}`;
      if (group.parent !== null) group.parent = renumbered.get(group.parent) ?? null;
    }
    for (const chapter of this.chapters) if (chapter.group !== null) chapter.group = renumbered.get(chapter.group) ?? null;
  }

  private openChapter(line: SourceLine, heading: PlacedHeading): void {
    this.closeOpenColumn();
    const group = this.openGroups.at(-1) ?? null;
    const previous = this.chapters.at(-1);
    const sibling = previous && previous.group === (group?.n ?? null) && previous.style === heading.style ? previous : undefined;
    const { number, restored } = this.numberOf(line, heading, sibling?.number ?? null, 'chapter');
    const n = this.chapters.length + 1;
    for (const open of this.openGroups) if (open.firstChapter === 0) open.firstChapter = n;
    const chapter: Chapter = {
      n,
      number,
      numberRestored: restored,
      style: heading.style,
      level: heading.depth < 0 ? this.pageDepth() : heading.depth,
      group: group?.n ?? null,
      title: heading.title,
      url: `/plans/${this.planId}/${n}/`,
      line: line.line,
      blocks: [],
      sections: [],
    };
    this.chapters.push(chapter);
    this.chapter = chapter;
    this.runInOrdinals = new Map();
  }

  private openSection(line: SourceLine, heading: PlacedHeading): void {
    this.closeOpenColumn();
    const chapter = this.chapter!;
    const previous = chapter.sections.at(-1);
    const { number, restored } = this.numberOf(line, heading, previous?.number ?? null, 'section');
    const n = chapter.sections.length + 1;
    chapter.sections.push({
      n,
      number,
      numberRestored: restored,
      style: heading.style,
      level: heading.depth,
      title: heading.title,
      anchor: `s${n}`,
      line: line.line,
      blocks: [],
    });
  }

  /**
   * The printed label, or the one the sequence implies for a heading that lost it (flagged). A
   * printed label that skips numbers is reported; numbering that restarts under a new parent and
   * numbering that runs on across parents (第一章…第六十五章 across 篇) are both normal.
   */
  private numberOf(
    line: SourceLine,
    heading: PlacedHeading,
    previousNumber: string | null,
    what: string,
  ): { number: string | null; restored: boolean } {
    if (heading.style === 'unnumbered' || heading.unnumbered === true) return { number: null, restored: false };
    const style = heading.style as LabelStyle;
    const previous = previousNumber === null ? null : readLabel(previousNumber);
    const afterSibling = previous && previous.style === style ? previous.ordinal + 1 : null;
    const runOn = (this.lastOrdinal.get(style) ?? 0) + 1;
    if (heading.label) {
      const printed = heading.label.ordinal;
      const expected = afterSibling ?? 1;
      // The first of its style in the document (an excerpt, or an export that starts late) is taken as printed.
      const firstOfStyle = afterSibling === null && !this.lastOrdinal.has(style);
      if (printed !== expected && !firstOfStyle && !(afterSibling === null && printed === runOn)) {
        if (printed > expected) {
          this.warn(
            line.line,
            'number-gap',
            `${what} ${heading.label.printed} follows ${previousNumber ?? 'the heading above it'}: ${printed - expected} label(s) missing before it, and no unlabelled heading to restore them on`,
          );
        } else {
          this.warn(
            line.line,
            'number-sequence',
            `${what} ${heading.label.printed} follows ${previousNumber ?? 'the heading above it'}; expected ${formatLabel(style, expected, heading.label.printed)}, kept as printed`,
          );
        }
      }
      this.lastOrdinal.set(style, printed);
      return { number: heading.label.printed, restored: false };
    }
    const ordinal = afterSibling ?? (this.runsOn(style) ? runOn : 1);
    const number = formatLabel(style, ordinal, previousNumber ?? undefined);
    this.lastOrdinal.set(style, ordinal);
    this.warnRestored(line, what, number);
    return { number, restored: true };
  }

  /** Whether the plan numbers this style on across parents: a first child printed with the number after the last one. */
  private runsOn(style: LabelStyle): boolean {
    return this.chapters.some((chapter, i) => {
      const previous = this.chapters[i - 1];
      return (
        chapter.style === style &&
        previous !== undefined &&
        previous.group !== chapter.group &&
        chapter.number !== null &&
        readLabel(chapter.number)?.ordinal !== 1
      );
    });
  }

  private addParagraph(line: SourceLine, label: Label | null, heading = false): void {
    this.closeOpenColumn();
    if (!this.chapter && this.openGroups.length === 0) {
      this.preamble.push(line.text);
      return;
    }
    const paragraph: Paragraph = label
      ? {
          type: 'paragraph',
          number: label.printed,
          text: label.rest,
          lead: findLead(label.rest, LEAD_MAX_LENGTH_LABELLED),
          anchor: '',
          line: line.line,
        }
      : { type: 'paragraph', text: line.text, lead: findLead(line.text, LEAD_MAX_LENGTH_UNLABELLED), anchor: '', line: line.line };
    if (heading) paragraph.heading = true;
    if (label && this.chapter) this.restoreLostRunInLabels(label, line);
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
      this.warn(
        line.line,
        'number-gap',
        `${label.printed} is preceded by ${missing} missing label(s) of its sequence and not enough unlabelled paragraphs to restore them on`,
      );
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
      ...this.coverPlace(chapter),
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
    else if (draft.ordinal !== expected)
      this.warn(
        draft.line,
        'column-number-sequence',
        `column ${draft.label} follows ${previous?.number ?? 'no column'}; expected 专栏${expected}, kept as printed`,
      );
    if (draft.label && draft.label.startsWith('栏目')) {
      this.warn(
        draft.line,
        'column-label-unusual',
        `column labelled ${draft.label} read as ${number}; the printed label is kept in "label"`,
      );
    }
    if (draft.title.length <= 2) {
      this.warn(
        draft.line,
        'column-title-incomplete',
        `column ${number} has the title "${draft.title}" only; the export seems to have lost the rest, kept as printed`,
      );
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
      ...this.coverPlace(chapter),
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
    const seen =
      segment.kind === 'blank'
        ? { kind: 'blank' as const }
        : segment.kind === 'text'
          ? { kind: 'text' as const, text: segment.line.text }
          : { kind: 'other' as const };
    const step = nextColumnStep(open.lines, seen, nextText, this.isHeadingLine);
    if (step.take) {
      if (segment.kind === 'text') open.lines.push(segment.line.text);
      return true;
    }
    if (step.endedByHeading && segment.kind === 'text') {
      this.warn(
        segment.line.line,
        'column-ended-by-heading',
        `column ${open.draft.label ?? ''} ${open.draft.title.slice(0, 20)} runs into the heading "${segment.line.text.slice(0, 30)}" with no gap; the column ends before it`,
      );
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

  /** Where the next block goes: the current section, page or group; before any division, the cover. */
  private currentBlocks(): Block[] {
    if (this.chapter) return this.chapter.sections.at(-1)?.blocks ?? this.chapter.blocks;
    return this.openGroups.at(-1)?.blocks ?? this.preambleObjects;
  }

  /** The page and section a table or column stands in; a group's opening text is placed on its first page at the end. */
  private position(): { chapter: number | null; section: number | null } {
    if (!this.chapter) return { chapter: null, section: null };
    return { chapter: this.chapter.n, section: this.chapter.sections.at(-1)?.n ?? null };
  }

  /** On the cover, an object stands after the preamble paragraphs printed before it. */
  private coverPlace(chapter: number | null): { afterPreamble?: number } {
    return chapter === null && this.openGroups.length === 0 ? { afterPreamble: this.preamble.length } : {};
  }

  /** A table or column in a group's opening text stands on the group's first page. */
  private placeGroupObjects(): void {
    for (const group of this.groups) {
      for (const block of group.blocks) {
        if (block.type === 'table') this.tables[block.n - 1]!.chapter = group.firstChapter;
        if (block.type === 'column') this.columns[block.n - 1]!.chapter = group.firstChapter;
      }
    }
  }

  private warnRestored(line: SourceLine, what: string, number: string): void {
    this.warn(
      line.line,
      'number-restored',
      `${what} "${line.text.slice(0, 30)}" has no label in the export; restored as ${number} from the sequence`,
    );
  }

  private warn(line: number, code: WarningCode, message: string): void {
    this.warnings.push({ line, code, message });
  }
}

type TableDraftLike = Extract<Segment, { kind: 'table' }>['table'];

/** Paragraph k of section m is `s<m>-p<k>`; paragraphs before the first section are `s0-p<k>`. */
function assignParagraphAnchors(chapter: Chapter): void {
  numberParagraphs(chapter.blocks, 's0');
  chapter.sections.forEach((section: Section) => numberParagraphs(section.blocks, `s${section.n}`));
}

function numberParagraphs(blocks: readonly Block[], prefix: string): void {
  let k = 0;
  for (const block of blocks) if (block.type === 'paragraph') block.anchor = `${prefix}-p${++k}`;
}
