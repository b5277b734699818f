/** How number labels, titles and years read as text. */

/** The space between a number and its title: `第二章 指导思想`, but none after `一、` or `（一）`, and no number at all for an unnumbered part (序言). */
export function labelGap(number: string | null): string {
  return number === null || number === '' || /[、.．)）:：]$/.test(number) ? '' : ' ';
}

/** `第二章 指导思想`, `一、发展基础`, or the title alone when the part has no number. */
export function numberedTitle(number: string | null, title: string): string {
  return `${number ?? ''}${labelGap(number)}${title}`;
}

/** `2026—2030年`, or `2025年` for a one-year plan. */
export function yearRange(years: readonly [number, number]): string {
  const [from, to] = years;
  return from === to ? `${from}年` : `${from}—${to}年`;
}

/** Anything with a number and a title: a division (篇, 章, 节), a column. */
export interface Numbered {
  readonly number: string | null;
  readonly numberRestored: boolean;
  /** A column's label exactly as printed when it differs from `number` (`栏目5`, `专栏:`). */
  readonly label?: string;
  readonly title: string;
}

/**
 * The labels a reader sees before a title: the label the document prints (`第二章`, `栏目5`,
 * `专栏:`) never rewritten, and, when the document prints no number, the one the sequence gives it
 * (`第一章`, `专栏1`), flagged as restored.
 */
export function columnLabels(column: Omit<Numbered, 'title'>): { restored: string | null; printed: string | null } {
  return {
    restored: column.numberRestored ? column.number : null,
    printed: column.label ?? (column.numberRestored || column.number === '' ? null : column.number),
  };
}

/** A heading as the page reads it: `第二章 指导思想`, `专栏1 专栏:高质量教育体系建设工程`, `栏目5 基于…`. */
export function columnHeadingText(column: Numbered): string {
  const { restored, printed } = columnLabels(column);
  return [restored, printed].reduce((text, label) => (label === null ? text : text + label + labelGap(label)), '') + column.title;
}
