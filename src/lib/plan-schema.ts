/**
 * The structured model of one plan: the open-data JSON served at /data/plans/<plan-id>.json.
 *
 * This file is the single definition of that model. The ingest produces values of these types,
 * the content collections validate them, and the site renders them. Field names are public
 * (DESIGN.md, "Open data"): add fields freely, rename or remove none without a schemaVersion bump.
 */
import { z } from 'zod';

/** A label a reader sees before a title: `第二章`, `一、`, `（三）`, `1.`, `一是`, `专栏7`. */
const numberLabel = z.string();

/** The numbering styles a division's heading may print, outermost first: 第X篇, 第X编, 第X部分, 第X章, 第X节, 一、, （一）, 1., （1）. */
export const NUMBERED_DIVISION_STYLES = [
  'pian',
  'bian',
  'part',
  'chapter',
  'jie',
  'enumerated',
  'parenthesised',
  'arabic',
  'arabic-parenthesised',
] as const;

/** The style of a division's label: one of the numbered styles, or `unnumbered` for a part printed without a number (序言, 前言, 结束语, 附件). */
export const labelStyleSchema = z.enum([...NUMBERED_DIVISION_STYLES, 'unnumbered']);

/** What a level of the plan's hierarchy becomes on the site. */
export const levelRoleSchema = z.enum(['group', 'page', 'section', 'paragraph']);

/** One level of the plan's own hierarchy, as the ingest inferred it from the labels it prints. */
export const levelSchema = z.object({
  /** The label style of the level's headings. */
  style: labelStyleSchema,
  /** `group`: groups pages (篇); `page`: one page each (章); `section`: in-page sections (节); `paragraph`: deeper headings, set as labelled paragraphs. */
  role: levelRoleSchema,
});

/** A paragraph of body text, possibly with a run-in label and lead sentence. */
export const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  /** The paragraph as printed, without its run-in `number` (the lead is included). */
  text: z.string(),
  /** Run-in label printed before the text (`（一）`, `1.`, `一是`), if any. */
  number: numberLabel.optional(),
  /** True when `number` is not in the source but restored from the sequence of its siblings. */
  numberRestored: z.boolean().optional(),
  /** The opening sentence set apart as a run-in heading (`政策环境孕育新机遇。`); a prefix of `text`. */
  lead: z.string().optional(),
  /** True when the paragraph is a heading line of a level deeper than the page's sections (`（一）基础教育稳步发展。` on a line of its own). */
  heading: z.boolean().optional(),
  /** Anchor on its page: `s<m>-p<k>` (`s0-p<k>` before the first section; `g<g>-p<k>` in a group's opening text). */
  anchor: z.string(),
  /** 1-based line of the source file where the paragraph starts. */
  line: z.number().int().positive(),
});

/** A place in the reading order where an indicator table or a task list stands. */
export const tableRefSchema = z.object({
  type: z.literal('table'),
  /** `n` of the table in `tables`. */
  n: z.number().int().positive(),
});

/** A place in the reading order where a featured column (专栏) stands. */
export const columnRefSchema = z.object({
  type: z.literal('column'),
  /** `n` of the column in `columns`. */
  n: z.number().int().positive(),
});

/** Body content in reading order. */
export const blockSchema = z.discriminatedUnion('type', [paragraphSchema, tableRefSchema, columnRefSchema]);

export const sectionSchema = z.object({
  /** 1-based position in its chapter. */
  n: z.number().int().positive(),
  /** The label a reader sees (`一、`, `（三）`, `第一节`); restored labels are flagged; null for an unnumbered part. */
  number: numberLabel.nullable(),
  numberRestored: z.boolean(),
  /** The style of the label, which names the section's level in the plan's hierarchy. */
  style: labelStyleSchema,
  /** 0-based depth of the division's level in `levels` (篇 0, 章 1, 节 2 in a 篇/章/节 plan); an unnumbered part (序言) stands at the pages' level. */
  level: z.number().int().nonnegative(),
  /** Title without its number. */
  title: z.string(),
  /** Anchor inside the chapter page: `s<n>`. */
  anchor: z.string(),
  line: z.number().int().positive(),
  /** Paragraphs, tables and columns of the section, in reading order. */
  blocks: z.array(blockSchema),
});

/**
 * A division above the pages (篇, 编, or 部分 over 章): it groups chapters on the cover, in
 * breadcrumbs, the chapter list and citations. Its opening text stands on its first chapter's page.
 */
export const groupSchema = z.object({
  /** 1-based position among the plan's groups, in reading order; anchor `g<n>` on its first chapter's page. */
  n: z.number().int().positive(),
  /** The label a reader sees (`第二篇`); restored labels are flagged; null for an unnumbered part. */
  number: numberLabel.nullable(),
  numberRestored: z.boolean(),
  style: labelStyleSchema,
  /** 0-based depth of the division's level in `levels` (篇 0, 章 1, 节 2 in a 篇/章/节 plan); an unnumbered part (序言) stands at the pages' level. */
  level: z.number().int().nonnegative(),
  title: z.string(),
  /** `n` of the group it stands in, or null at the top of the plan. */
  parent: z.number().int().positive().nullable(),
  /** `n` of the chapter whose page shows the group's heading and opening text. */
  firstChapter: z.number().int().positive(),
  anchor: z.string(),
  line: z.number().int().positive(),
  /** Content between the group heading and its first chapter or inner group. */
  blocks: z.array(blockSchema),
});

export const chapterSchema = z.object({
  /** 1-based position in the plan; the chapter page is /plans/<plan-id>/<n>/. */
  n: z.number().int().positive(),
  /** The label a reader sees (`第二章`, `第一部分`, `一、`); restored labels are flagged; null for an unnumbered part (序言). */
  number: numberLabel.nullable(),
  numberRestored: z.boolean(),
  /** The style of the label, which names the chapter's level in the plan's hierarchy. */
  style: labelStyleSchema,
  /** 0-based depth of the division's level in `levels` (篇 0, 章 1, 节 2 in a 篇/章/节 plan); an unnumbered part (序言) stands at the pages' level. */
  level: z.number().int().nonnegative(),
  /** `n` of the innermost group the chapter stands in (第二篇), or null when the plan has no groups. */
  group: z.number().int().positive().nullable(),
  /** Title without its number. */
  title: z.string(),
  /** Site-relative URL of the chapter page. */
  url: z.string(),
  line: z.number().int().positive(),
  /** Content between the chapter heading and its first section. */
  blocks: z.array(blockSchema),
  sections: z.array(sectionSchema),
});

/** A printed value of an indicator for one year, kept exactly, with the number read from it. */
export const indicatorValueSchema = z.object({
  /** The year of the column the value stands in (2020 for a `2020年` column). */
  year: z.number().int().nullable(),
  /** The cell exactly as printed (`>99`, `99.54%`, `小学：0.50 / 初中：0.76`). */
  raw: z.string(),
  /** The number the raw value states, or null when it states none or several. */
  value: z.number().nullable(),
  /** A comparison printed before the number (`>`, `≥`, `<`, `≤`), if any. */
  comparator: z.string().optional(),
});

export const indicatorSchema = z.object({
  /** Row index in the table's `rows`. */
  row: z.number().int().nonnegative(),
  /** Indicator name without its unit (`学前教育毛入园率`). */
  name: z.string(),
  /** Unit from the name's bracket or the unit column (`%`, `万人`, `年`, `人`), or null. */
  unit: z.string().nullable(),
  /** Category or stage of the row (`基础教育`, `幼儿园`), or null. */
  category: z.string().nullable(),
  /** The value in the first year column. */
  baseline: indicatorValueSchema.nullable(),
  /** The value in the last year column. */
  target: indicatorValueSchema.nullable(),
  /** `约束性` (binding) or `预期性` (expected), as printed, or null. */
  attribute: z.string().nullable(),
});

/** A span of merged cells: the cell at (row, col) covers `rowSpan` rows; rows below were filled from it. */
export const cellSpanSchema = z.object({
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  rowSpan: z.number().int().min(2),
});

/** What a table holds: indicators (a year column), a task list (任务, 举措, 责任单位), or anything else. */
export const TABLE_KINDS = ['indicator', 'task-list', 'other'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export const tableSchema = z.object({
  /** 1-based position among the plan's tables; anchor `table-<n>`. */
  n: z.number().int().positive(),
  /** The caption as printed (`表1  “十四五”时期张掖教育事业发展指标完成情况`), or null. */
  caption: z.string().nullable(),
  kind: z.enum(TABLE_KINDS),
  /** `n` of the chapter the table stands in, or null when it stands before the first chapter (on the cover). */
  chapter: z.number().int().positive().nullable(),
  /** `n` of the section it stands in, or null before the chapter's first section. */
  section: z.number().int().positive().nullable(),
  /** On the cover (`chapter` null): how many preamble paragraphs stand before it, so the cover keeps the printed order. */
  afterPreamble: z.number().int().nonnegative().optional(),
  anchor: z.string(),
  line: z.number().int().positive(),
  header: z.array(z.string()),
  /**
   * Body rows, each as long as `header`. A merged cell of a leading grouping column (类别, 学段) is
   * repeated in each row it covers and recorded in `spans`; any other cell printed empty is `''`.
   * A cell printed over several lines keeps them apart with a line feed (`小学：0.50\n初中：0.76`)
   * where they are values or items of their own; wrapped text is joined as Chinese wraps.
   */
  rows: z.array(z.array(z.string())),
  /** Merged cells, for rendering them as row spans. */
  spans: z.array(cellSpanSchema),
  /** One per body row of an indicator table, except rows printed with more or fewer cells than the header; empty for other kinds. */
  indicators: z.array(indicatorSchema),
  /** The `注：…` line printed right after the table, as printed; absent when there is none. */
  note: z.string().optional(),
  /** `n` of the featured column this table is the body of (`专栏1` printed as a table); absent otherwise. */
  column: z.number().int().positive().optional(),
});

export const columnSchema = z.object({
  /** 1-based position among the plan's featured columns; anchor `column-<n>`. */
  n: z.number().int().positive(),
  /**
   * `专栏<k>`: the column's place in the sequence. Pages show the printed `label` when there is
   * one (`栏目5`, `专栏:`); `numberRestored` is true when the source prints no number for it.
   */
  number: numberLabel,
  numberRestored: z.boolean(),
  /** The label exactly as printed when it differs from `number` (`栏目5`, `专栏:`), else absent. */
  label: z.string().optional(),
  title: z.string(),
  /** `n` of the chapter the column stands in, or null when it stands before the first chapter (on the cover). */
  chapter: z.number().int().positive().nullable(),
  section: z.number().int().positive().nullable(),
  /** On the cover (`chapter` null): how many preamble paragraphs stand before it, so the cover keeps the printed order. */
  afterPreamble: z.number().int().nonnegative().optional(),
  anchor: z.string(),
  line: z.number().int().positive(),
  /**
   * The column's entries, each a sentence or paragraph as printed, fragments joined; an item
   * printed as a name line and its description (`01　新一代人工智能` / `前沿基础理论突破…`) is one
   * entry, the two kept apart by a line feed. Empty when the column's body is a table.
   */
  items: z.array(z.string()),
  /** `n` of the table in `tables` that is the column's body (`专栏1` printed as a table); absent otherwise. */
  table: z.number().int().positive().optional(),
});

export const warningSchema = z.object({
  /** 1-based line of the source file. */
  line: z.number().int().nonnegative(),
  /** Stable machine-readable kind (`number-restored`, `title-from-sidecar`, …). */
  code: z.string(),
  message: z.string(),
});

/** An issuing notice printed before the plan's title (addressees, the 印发 sentence, office, date). */
export const noticeSchema = z.object({
  /** The notice's lines as printed, in order. */
  lines: z.array(z.string()),
  /** 1-based source line of its first line. */
  line: z.number().int().positive(),
});

export const planSchema = z.object({
  /** 2 since the division tree (groups, nullable numbers and places, notice): see docs/open-data.md, "Changes". */
  schemaVersion: z.literal(2),
  /** Short ASCII id (pinyin of place and years); the plan lives at /plans/<id>/. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string(),
  /** The title as printed in the source, when the sidecar replaced or supplied it. */
  titleInSource: z.string().nullable(),
  region: z.string().nullable(),
  /** `十四五`, `十五五`, … or null when the plan names no five-year period. */
  period: z.string().nullable(),
  years: z.tuple([z.number().int(), z.number().int()]).nullable(),
  /** The body that issued the plan, where known. */
  issuer: z.string().nullable(),
  /** The date the plan was issued or approved, `YYYY-MM-DD` (or `YYYY-MM`), as the notice or approval line prints it. */
  issued: z.string().nullable(),
  /** The approval line printed under the title (`（2021年3月11日第十三届全国人民代表大会第四次会议批准）`), or null. */
  approval: z.string().nullable(),
  /** The issuing notice printed before the title, or null. */
  notice: noticeSchema.nullable(),
  /** A table of contents printed in the source (`目录` and its entries), kept as printed; the site draws its own from the divisions. */
  printedContents: z.array(z.string()),
  source: z.object({
    /** Path of the raw export, relative to the project root. */
    file: z.string(),
    /** sha256 of the raw source file's bytes, hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** How the bytes were decoded (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`; `ooxml` for a Word document). */
    encoding: z.string(),
    /** Absent for a text export; `docx` for a Word document read directly, `doc` for one converted from .doc by LibreOffice. */
    format: z.enum(['docx', 'doc']).optional(),
  }),
  /** Paragraphs between the title and the first division, shown on the cover. */
  preamble: z.array(z.string()),
  /** The plan's hierarchy, outermost level first, and what each level is on the site. */
  levels: z.array(levelSchema),
  /** Divisions above the pages, in reading order (empty for most plans). */
  groups: z.array(groupSchema),
  chapters: z.array(chapterSchema),
  tables: z.array(tableSchema),
  columns: z.array(columnSchema),
  warnings: z.array(warningSchema),
});

export type Paragraph = z.infer<typeof paragraphSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type LabelStyleName = z.infer<typeof labelStyleSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Notice = z.infer<typeof noticeSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type CellSpan = z.infer<typeof cellSpanSchema>;
export type Table = z.infer<typeof tableSchema>;
export type Column = z.infer<typeof columnSchema>;
export type Warning = z.infer<typeof warningSchema>;
export type Plan = z.infer<typeof planSchema>;
