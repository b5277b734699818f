/**
 * Every kind of warning the ingest gives: the one list `IngestWarning.code` is typed from. Each is
 * explained, with an example, in docs/ingest.md ("Warning codes"); a test holds the two together.
 */
export const WARNING_CODES = [
  // The plan's metadata.
  'title-missing',
  'title-from-properties',
  'metadata-derived',
  'metadata-missing',
  // The outline: headings and their numbers.
  'number-restored',
  'number-gap',
  'number-sequence',
  'outline-flat',
  'objects-before-body',
  // Featured columns (专栏).
  'box-unclosed',
  'box-heading-inside',
  'column-empty',
  'column-ended-by-heading',
  'column-label-unusual',
  'column-number-sequence',
  'column-title-incomplete',
  // Tables.
  'stray-tab',
  'table-caption-missing',
  'table-cell-empty',
  'table-row-sub-label',
  'table-row-width',
  'indicator-unit-conflict',
  'merged-cell-repeated',
  'task-list-empty-column',
  // Word documents.
  'docx-contents-omitted',
  'docx-merge-ignored',
  'docx-number-format',
  'docx-numbering-undefined',
  // The lossless check.
  'text-not-placed',
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];
