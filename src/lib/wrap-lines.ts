/**
 * Chinese text broken into lines no wider than `maxWidth` for a drawn image (no browser to lay it
 * out), never leaving one character alone on the last line (…发展规/划), never starting a line with
 * closing punctuation or ending one with opening punctuation, and never breaking inside a number or
 * a Latin word (20/21). Widths come
 * from `advance` (the font's, in pixels); by default every character is 1 wide, so `maxWidth` is
 * a count of characters.
 */
const NO_LINE_START = /^[，。、；：？！）》」』”’]/u;
const NO_LINE_END = /^[（《「『“‘]$/u;
/** Characters of a number or a Latin word, which a line break would cut in two. */
const UNBREAKABLE = /^[0-9A-Za-z.%]$/u;

export function wrapLines(text: string, maxWidth: number, advance: (character: string) => number = () => 1): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start + 1;
    let width = advance(chars[start]!);
    while (end < chars.length && width + advance(chars[end]!) <= maxWidth) width += advance(chars[end++]!);
    const left = chars.length - end;
    // A last line of one character takes one more from this line.
    if (left === 1 && end - start > 2) end -= 1;
    while (end < chars.length && end - start > 1 && NO_LINE_START.test(chars[end]!)) end -= 1;
    let wordStart = end;
    while (wordStart > start && end < chars.length && UNBREAKABLE.test(chars[end]!) && UNBREAKABLE.test(chars[wordStart - 1]!))
      wordStart -= 1;
    // A word as wide as the whole line is cut after all.
    if (wordStart > start) end = wordStart;
    while (end < chars.length && end - start > 1 && NO_LINE_END.test(chars[end - 1]!)) end -= 1;
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  return lines;
}

/**
 * The first `count` lines; when text was left over, the last of them ends in `…` in place of its
 * last character, so a cut title does not read as whole.
 */
export function firstLines(lines: readonly string[], count: number): string[] {
  if (lines.length <= count) return [...lines];
  const kept = lines.slice(0, count);
  kept[count - 1] = `${[...kept[count - 1]!].slice(0, -1).join('')}…`;
  return kept;
}
