import { readFileSync } from 'node:fs';
import type { SourceLine } from '../../scripts/ingest/source-line.ts';

const BOOKMARK = /\[bookmark: [^\]]*\]/gu;

/**
 * Reads a table excerpt from tests/fixtures/tables as the clean step would hand it over: markers
 * stripped, spaces trimmed, a leading tab kept, lines numbered as in the plan from `firstRawLine`.
 */
export function readTableFixture(name: string, firstRawLine: number): SourceLine[] {
  const text = readFileSync(new URL(`../fixtures/tables/${name}`, import.meta.url), 'utf8');
  return text
    .replace(/\n$/u, '')
    .split('\n')
    .map((raw, index) => ({ line: firstRawLine + index, text: cleanFixtureLine(raw) }));
}

/** Index of the line numbered `rawLine`, for passing a start to a parser. */
export function indexOfLine(lines: readonly SourceLine[], rawLine: number): number {
  const index = lines.findIndex((line) => line.line === rawLine);
  if (index === -1) throw new RangeError(`fixture has no line ${rawLine}`);
  return index;
}

function cleanFixtureLine(raw: string): string {
  const text = raw.replace(BOOKMARK, '');
  const body = text.trim();
  return text.startsWith('\t') ? `\t${body}` : body;
}
