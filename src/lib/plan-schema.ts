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
  /** Anchor inside the chapter page: `s<m>-p<k>` (`s0-p<k>` before the first section). */
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
  /** The label a reader sees (`一、`, `（三）`); restored labels are flagged. */
  number: numberLabel,
  numberRestored: z.boolean(),
  /** Title without its number. */
  title: z.string(),
  /** Anchor inside the chapter page: `s<n>`. */
  anchor: z.string(),
  line: z.number().int().positive(),
  /** Paragraphs, tables and columns of the section, in reading order. */
  blocks: z.array(blockSchema),
});

export const chapterSchema = z.object({
  /** 1-based position in the plan; the chapter page is /plans/<plan-id>/<n>/. */
  n: z.number().int().positive(),
  /** The label a reader sees (`第二章`, `第一部分`, `一、`); restored labels are flagged. */
  number: numberLabel,
  numberRestored: z.boolean(),
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

export const tableSchema = z.object({
  /** 1-based position among the plan's tables; anchor `table-<n>`. */
  n: z.number().int().positive(),
  /** The caption as printed (`表1  “十四五”时期张掖教育事业发展指标完成情况`), or null. */
  caption: z.string().nullable(),
  kind: z.enum(['indicator', 'task-list', 'other']),
  /** `n` of the chapter the table stands in. */
  chapter: z.number().int().positive(),
  /** `n` of the section it stands in, or null before the chapter's first section. */
  section: z.number().int().positive().nullable(),
  anchor: z.string(),
  line: z.number().int().positive(),
  header: z.array(z.string()),
  /** Body rows, each as long as `header`; merged cells filled from the cell above, multi-line cells joined. */
  rows: z.array(z.array(z.string())),
  /** Merged cells, for rendering them as row spans. */
  spans: z.array(cellSpanSchema),
  /** One per body row of an indicator table; empty for other kinds. */
  indicators: z.array(indicatorSchema),
});

export const columnSchema = z.object({
  /** 1-based position among the plan's featured columns; anchor `column-<n>`. */
  n: z.number().int().positive(),
  /** `专栏<k>`: the number a reader sees, restored from the sequence when the export lost it. */
  number: numberLabel,
  numberRestored: z.boolean(),
  /** The label exactly as printed when it differs from `number` (`栏目5`, `专栏:`), else absent. */
  label: z.string().optional(),
  title: z.string(),
  chapter: z.number().int().positive(),
  section: z.number().int().positive().nullable(),
  anchor: z.string(),
  line: z.number().int().positive(),
  /** The column's entries, each a sentence or paragraph as printed, fragments joined. */
  items: z.array(z.string()),
});

export const warningSchema = z.object({
  /** 1-based line of the source file. */
  line: z.number().int().nonnegative(),
  /** Stable machine-readable kind (`number-restored`, `title-from-sidecar`, …). */
  code: z.string(),
  message: z.string(),
});

export const planSchema = z.object({
  schemaVersion: z.literal(1),
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
  preamble: z.array(z.string()),
  chapters: z.array(chapterSchema),
  tables: z.array(tableSchema),
  columns: z.array(columnSchema),
  warnings: z.array(warningSchema),
});

export type Paragraph = z.infer<typeof paragraphSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type CellSpan = z.infer<typeof cellSpanSchema>;
export type Table = z.infer<typeof tableSchema>;
export type Column = z.infer<typeof columnSchema>;
export type Warning = z.infer<typeof warningSchema>;
export type Plan = z.infer<typeof planSchema>;
