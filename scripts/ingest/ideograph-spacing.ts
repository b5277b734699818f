/**
 * The one rule for spaces between two ideographs: Word and typesetters spread short text with spaces
 * (`指    标`, `属  性`) that are layout, not text. Line breaks are never spacing.
 */
const IDEOGRAPH = '\\p{Script=Han}';
/** Any run of spaces (not a line break) between two ideographs. */
const SPACE_BETWEEN_IDEOGRAPHS = new RegExp(`(?<=${IDEOGRAPH})[^\\S\\n]+(?=${IDEOGRAPH})`, 'gu');
/** In running text, one space between two phrases is the writer's (`坚持创新驱动发展　全面塑造发展新优势`); only wider runs are typesetting. */
const SPACING_RUN_BETWEEN_IDEOGRAPHS = new RegExp(`(?<=${IDEOGRAPH})[^\\S\\n]{2,}(?=${IDEOGRAPH})`, 'gu');
const ONE_IDEOGRAPH = new RegExp(`^${IDEOGRAPH}$`, 'u');

/** Removes the spaces spreading a short text such as a table cell (`指    标` → `指标`). */
export function collapseIdeographPadding(text: string): string {
  return text.replace(SPACE_BETWEEN_IDEOGRAPHS, '');
}

/** Removes the wider runs of spaces between ideographs in running text, keeping a single one as written. */
export function collapseIdeographSpacingRuns(text: string): string {
  return text.replace(SPACING_RUN_BETWEEN_IDEOGRAPHS, '');
}

export function isIdeograph(character: string | undefined): boolean {
  return character !== undefined && ONE_IDEOGRAPH.test(character);
}
