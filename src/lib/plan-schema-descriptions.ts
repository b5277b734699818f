/**
 * Descriptions of the plan document's fields for its JSON Schema (/data/plan.schema.json): zod's
 * `toJSONSchema` writes what the global registry holds for each field's schema as its `description`.
 * Kept beside plan-schema.ts, not in it, so the schema reads as code; the texts follow its comments
 * and docs/open-data.md.
 */
import { z } from 'zod';
import {
  cellSpanSchema,
  chapterSchema,
  columnSchema,
  groupSchema,
  indicatorSchema,
  indicatorValueSchema,
  levelSchema,
  noticeSchema,
  paragraphSchema,
  planSchema,
  sectionSchema,
  tableSchema,
  warningSchema,
} from './plan-schema.ts';

const NUMBER = 'The label a reader sees (第二章, 一、, （三）, 专栏7); null for a part printed without one (序言).';
const RESTORED = 'True when the label is not in the source but restored from the sequence of its siblings.';
const LINE = '1-based line of the source file where it starts.';
const BLOCKS = 'Paragraphs, tables and columns, in reading order.';
const LEVEL =
  "0-based depth of the division's level in levels (篇 0, 章 1, 节 2 in a 篇/章/节 plan); an unnumbered part stands at the pages' level.";
const STYLE = "The label's style, which names the division's level in the plan's hierarchy.";
const TITLE = 'Title without its number.';

const descriptions: [z.ZodObject, Record<string, string>][] = [
  [
    planSchema,
    {
      schemaVersion: '2 since the division tree (groups, nullable numbers and places, notice).',
      id: 'Short ASCII id; the plan lives at /plans/<id>/.',
      title: 'The title shown.',
      titleInSource: 'The title as printed, when a sidecar replaced or supplied it; else null.',
      region: 'The region the plan governs, or null.',
      period: 'The five-year period (十四五), or null.',
      years: 'First and last year the plan covers, or null.',
      issuer: 'The body that issued the plan, or null.',
      issued: 'The date issued or approved, YYYY-MM-DD or YYYY-MM, as printed; or null.',
      approval: 'The approval line printed under the title, or null.',
      notice: 'The issuing notice printed before the title, or null.',
      source: 'The raw export: path, sha256 of its bytes, and the encoding it was decoded from.',
      preamble: 'Paragraphs between the title and the first division, shown on the cover.',
      printedContents: 'A table of contents printed in the source (目录 and its entries), kept as printed; the site draws its own.',
      levels: "The plan's hierarchy, outermost level first, and what each level is on the site.",
      groups: 'Divisions above the pages (篇), in reading order; empty for most plans.',
      chapters: 'One page each, in reading order.',
      tables: "The plan's tables, numbered across the plan.",
      columns: "The plan's featured columns (专栏), numbered across the plan.",
      warnings: 'What the ingest could not place with confidence, by source line.',
    },
  ],
  [
    levelSchema,
    {
      style: "The label style of the level's headings.",
      role: 'group (groups pages), page, section (in-page), or paragraph (deeper headings).',
    },
  ],
  [noticeSchema, { lines: "The notice's lines as printed, in order.", line: 'Source line of its first line.' }],
  [
    groupSchema,
    {
      n: "1-based position among the plan's groups; anchor g<n> on its first chapter's page.",
      number: NUMBER,
      numberRestored: RESTORED,
      style: STYLE,
      level: LEVEL,
      title: TITLE,
      anchor: "g<n>, on its first chapter's page.",
      parent: 'n of the group it stands in, or null at the top.',
      firstChapter: "n of the chapter whose page shows the group's heading and opening text.",
      blocks: 'Opening text before its first chapter or inner group; paragraphs anchored g<n>-p<k>.',
      line: LINE,
    },
  ],
  [
    chapterSchema,
    {
      n: '1-based position; the page is /plans/<id>/<n>/.',
      number: NUMBER,
      numberRestored: RESTORED,
      style: STYLE,
      level: LEVEL,
      group: 'n of the innermost group it stands in, or null.',
      title: TITLE,
      sections: 'Its sections (节, 一、), in order; anchors s<n> on the page.',
      url: 'Site-relative URL of the chapter page.',
      line: LINE,
      blocks: 'Content before the first section.',
    },
  ],
  [
    sectionSchema,
    {
      n: '1-based position in its chapter.',
      number: NUMBER,
      numberRestored: RESTORED,
      style: STYLE,
      level: LEVEL,
      title: TITLE,
      anchor: 's<n>, on the chapter page.',
      line: LINE,
      blocks: BLOCKS,
    },
  ],
  [
    paragraphSchema,
    {
      text: 'The paragraph as printed, without its run-in number (the lead included).',
      number: 'Run-in label printed before the text (（一）, 1., 一是).',
      numberRestored: RESTORED,
      lead: 'The opening sentence set apart as a run-in heading; a prefix of text.',
      heading: 'True for a heading line deeper than the sections, shown as a bold paragraph.',
      anchor: 's<m>-p<k>; s0-p<k> before the first section; g<n>-p<k> in a group opening.',
      line: LINE,
    },
  ],
  [
    tableSchema,
    {
      n: "1-based position among the plan's tables; anchor table-<n>, CSV /plans/<id>/tables/<n>.csv.",
      caption: 'The caption as printed, or null.',
      kind: 'indicator (an indicator table), task-list, or other.',
      anchor: 'table-<n>, on the page it stands on.',
      chapter: 'n of the chapter it stands in, or null before the first division (on the cover).',
      section: 'n of the section it stands in, or null before the first section.',
      header: 'Header cells.',
      rows: 'Body rows, each as long as header; merged cells filled from the cell above.',
      spans: 'Merged cells, to render as row spans.',
      indicators: 'One per body row of an indicator table; empty for other kinds.',
      note: 'The 注 line printed right after the table, if any.',
      column: 'n of the featured column whose body the table is, if it is one.',
      afterPreamble: 'On the cover (chapter null): how many preamble paragraphs stand before it.',
      line: LINE,
    },
  ],
  [cellSpanSchema, { rowSpan: 'Rows the cell at (row, col) covers; rows below were filled from it.' }],
  [
    indicatorSchema,
    {
      row: "Row index in the table's rows.",
      name: 'Indicator name without its unit.',
      unit: 'Unit from the name or the unit column, or null.',
      category: 'Category or stage of the row, or null.',
      baseline: 'The value in the first year column.',
      target: 'The value in the last year column.',
      attribute: '约束性 or 预期性 as printed, or null.',
    },
  ],
  [
    indicatorValueSchema,
    {
      year: 'The year of its column.',
      raw: 'The cell exactly as printed.',
      value: 'The number it states, or null.',
      comparator: 'A comparison printed before the number (>, ≥, <, ≤).',
    },
  ],
  [
    columnSchema,
    {
      n: "1-based position among the plan's columns; anchor column-<n>.",
      number: '专栏<k>: the number a reader sees.',
      numberRestored: RESTORED,
      label: 'The label as printed when it differs from number.',
      title: 'Title without its number.',
      anchor: 'column-<n>, on the page it stands on.',
      chapter: 'n of the chapter it stands in, or null before the first division (on the cover).',
      section: 'n of the section it stands in, or null.',
      items: 'Its entries as printed.',
      table: 'n of the table that is its body, when the 专栏 is printed as a table.',
      afterPreamble: 'On the cover (chapter null): how many preamble paragraphs stand before it.',
      line: LINE,
    },
  ],
  [warningSchema, { line: '1-based source line.', code: 'Stable machine-readable kind.', message: 'What happened, for a person.' }],
];

/** Registers every description once; a field named here that the schema lacks fails loudly. */
export function describePlanSchema(): void {
  for (const [object, fields] of descriptions) {
    for (const [field, description] of Object.entries(fields)) {
      const schema = object.shape[field];
      if (!schema)
        throw new Error(`plan-schema-descriptions: no field "${field}" in the schema (fields: ${Object.keys(object.shape).join(', ')}).`);
      z.globalRegistry.add(schema as z.ZodType, { description });
    }
  }
}
