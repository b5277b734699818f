/**
 * Chinese text broken into lines of at most `perLine` characters for a drawn image (no browser
 * to lay it out), never leaving one character alone on the last line (…发展规/划), and never
 * starting a line with closing punctuation.
 */
const NO_LINE_START = /^[，。、；：？！）》」』”’]/u;

export function wrapLines(text: string, perLine: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = Math.min(start + perLine, chars.length);
    const left = chars.length - end;
    // A last line of one character takes one more from this line.
    if (left === 1 && end - start > 2) end -= 1;
    while (end < chars.length && end - start > 1 && NO_LINE_START.test(chars[end]!)) end -= 1;
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  return lines;
}
