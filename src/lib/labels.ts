/** How number labels, titles and years read as text. */

/** The space between a number and its title: `第二章 指导思想`, but none after `一、` or `（一）`. */
export function labelGap(number: string): string {
  return number === '' || /[、.．)）:：]$/.test(number) ? '' : ' ';
}

export function numberedTitle(number: string, title: string): string {
  return `${number}${labelGap(number)}${title}`;
}

/** `2026—2030年`, or `2025年` for a one-year plan. */
export function yearRange(years: readonly [number, number]): string {
  const [from, to] = years;
  return from === to ? `${from}年` : `${from}—${to}年`;
}

/**
 * A featured column's label as the page shows it: the label the document prints (`栏目5`, `专栏:`,
 * `专栏7`) never rewritten, and, when the document prints no number, the one the sequence gives
 * it (`专栏1`), to be flagged as restored.
 */
export function columnLabels(column: { number: string; numberRestored: boolean; label?: string }): { restored: string | null; printed: string | null } {
  return {
    restored: column.numberRestored ? column.number : null,
    printed: column.label ?? (column.numberRestored ? null : column.number),
  };
}

/** A featured column's heading as the page reads: `专栏1 专栏:高质量教育体系建设工程`, `栏目5 基于…`. */
export function columnHeadingText(column: { number: string; numberRestored: boolean; label?: string; title: string }): string {
  const { restored, printed } = columnLabels(column);
  return [restored, printed].reduce((text, label) => (label === null ? text : text + label + labelGap(label)), '') + column.title;
}
