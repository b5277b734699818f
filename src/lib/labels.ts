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
