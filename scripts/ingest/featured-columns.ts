/**
 * Step 7, featured columns (专栏): read a column's label, title and items from a box of fragments,
 * a one-column table, or a labelled heading line, joining the fragments into the sentences they were.
 */
import type { SourceLine } from './source-line.ts';

export interface ColumnHeading {
  /** The label as printed, without spaces (`专栏7`, `栏目5`, `专栏:`), or null when there is none. */
  readonly label: string | null;
  /** The number the label states, or null when it states none. */
  readonly ordinal: number | null;
  readonly title: string;
}

export interface ColumnDraft extends ColumnHeading {
  readonly line: number;
  readonly items: readonly string[];
}

/** `专栏1 …`, `栏目5 …` (a mislabelled 专栏), `专栏:…`. */
const COLUMN_LABEL = /^(专栏|栏目)\s*(\d*)\s*([:：]?)\s*/u;

export function readColumnHeading(text: string): ColumnHeading | null {
  const match = COLUMN_LABEL.exec(text);
  if (!match) return null;
  const [whole, word, digits, colon] = match as unknown as [string, string, string, string];
  // A bare 栏目 is an ordinary word; only 专栏 may stand without a number.
  if (word === '栏目' && digits === '') return null;
  return { label: `${word}${digits}${colon}`, ordinal: digits ? Number(digits) : null, title: text.slice(whole.length).trim() };
}

const TITLE_LINE_MAX_LENGTH = 25;
const CLAUSE_PUNCTUATION = /[。，；：！？,;!?]/u;

/**
 * A box holds title lines (short, no clause punctuation: `专栏` / `7` / `绿色教育培育工程`, or
 * `教学质量提升` / `工程`) followed by the column's text in fragments.
 */
export function readBoxColumn(lines: readonly SourceLine[], openLine: number): ColumnDraft {
  let titleEnd = 0;
  while (titleEnd < lines.length && isTitleFragment(lines[titleEnd]!.text)) titleEnd++;
  const title = joinFragment(lines.slice(0, titleEnd).map((line) => line.text));
  const heading = readColumnHeading(title) ?? { label: null, ordinal: null, title };
  return {
    ...heading,
    line: lines[0]?.line ?? openLine,
    items: joinFragments(lines.slice(titleEnd).map((line) => line.text)),
  };
}

function isTitleFragment(text: string): boolean {
  return text.length <= TITLE_LINE_MAX_LENGTH && !CLAUSE_PUNCTUATION.test(text);
}

const SENTENCE_END = /[。！？；][”’」』）)]*$/u;
/** A lone opening sentence (`开展绿色教育行动研究。`) that the fragments after it continue. */
const LEAD_ONLY_MAX_LENGTH = 20;

/**
 * Join fragments into items: a fragment that does not end a sentence continues on the next line,
 * and so does a lone lead sentence when the next fragment is itself unfinished.
 */
export function joinFragments(fragments: readonly string[]): string[] {
  const items: string[] = [];
  let current: string[] = [];
  fragments.forEach((fragment, index) => {
    current.push(fragment);
    const next = fragments[index + 1];
    const text = joinFragment(current);
    const endsItem = SENTENCE_END.test(fragment) && !(isLoneLead(text) && next !== undefined && !SENTENCE_END.test(next));
    if (endsItem || next === undefined) {
      items.push(text);
      current = [];
    }
  });
  return items;
}

function isLoneLead(text: string): boolean {
  return text.length <= LEAD_ONLY_MAX_LENGTH && (text.match(/[。！？]/gu)?.length ?? 0) === 1;
}

/** Chinese wraps without spaces; only two Latin letters or digits meeting need one between them. */
export function joinFragment(parts: readonly string[]): string {
  return parts.reduce(
    (joined, part) => (/[A-Za-z0-9]$/u.test(joined) && /^[A-Za-z0-9]/u.test(part) ? `${joined} ${part}` : joined + part),
    '',
  );
}
