/**
 * Step 5a, front matter: what stands before the plan's body. An issuing notice (关于印发…的通知, the
 * addressees, the 印发 sentence, the issuing office, the date), the title over one or more lines, and
 * an approval line under it (（…会议批准）). The notice and approval are kept and become metadata;
 * they never join the title or the preamble.
 */
import { readLabel, readUnnumberedPart, isStandaloneHeading } from './classify-heading.ts';
import { readColumnHeading } from './featured-columns.ts';
import type { Segment } from './segment-blocks.ts';
import type { SourceLine } from './source-line.ts';

export interface FrontMatter {
  /** The issuing notice's lines, before the title; empty when there is none. */
  readonly notice: readonly SourceLine[];
  /** The title as printed (one or more lines), if the document has one. */
  readonly titleLines: readonly SourceLine[];
  /** `（2021年3月11日第十三届全国人民代表大会第四次会议批准）` under the title, if printed. */
  readonly approval: SourceLine | null;
  /** A printed table of contents (`目录` and its entries) before the body; the site draws its own. */
  readonly contents: readonly SourceLine[];
  /** Index of the first segment of the body. */
  readonly bodyStart: number;
}

const TITLE_MAX_LENGTH = 60;
const TITLE_WORDS = /规划|方案|计划|纲要|意见|清单|办法|要点/u;
/** The heading of a notice that issues the plan: `…关于印发《…规划》的通知`. */
const NOTICE_HEADING = /(印发|发布|转发|下发).{0,80}(通知|决定)$|^关于.{0,80}的通知$/u;
/** A document number (`张政办发〔2021〕12号`), addressees (`各县区人民政府，市直各部门：`). */
const DOCUMENT_NUMBER = /[〔［[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*\d+\s*号$/u;
const ADDRESSEES = /^各.{1,80}[：:]$/u;
/** A date on a line of its own: `2021年8月10日`, `二〇二一年八月十日`. */
const DATE_LINE =
  /^((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日$/u;
/** Lines that may follow a notice's date: `（此件公开发布）`, `（此件主动公开）`. */
const AFTER_DATE = /^[（(][^（）()]{0,30}(公开|发布|印发)[^（）()]{0,10}[）)]$|^附件\s*[0-9一二三四五六七八九十]*[：:]?$/u;
const ATTACHMENT = /^附件\s*[0-9一二三四五六七八九十]*[：:]?$/u;
/** How far into a document its notice may run before the plan's title. */
const NOTICE_MAX_LINES = 40;
/** An approval or adoption printed in brackets under the title. */
const APPROVAL = /^[（(].{0,80}(批准|通过|审议|印发|发布)[）)]$/u;

export function readFrontMatter(segments: readonly Segment[]): FrontMatter {
  const notice = readNotice(segments);
  let index = notice.end;
  const titleLines: SourceLine[] = [];
  let approval: SourceLine | null = null;
  for (; index < segments.length; index++) {
    const segment = segments[index]!;
    if (segment.kind === 'blank') continue;
    if (segment.kind !== 'text') break;
    const text = segment.line.text;
    if (titleLines.length > 0 && approval === null && APPROVAL.test(text) && /\d|[〇一二三四五六七八九十]/u.test(text)) {
      approval = segment.line;
      continue;
    }
    if (approval !== null || !isTitleLike(text)) break;
    titleLines.push(segment.line);
  }
  const title = titleLines.map((line) => line.text).join('');
  if (!TITLE_WORDS.test(title)) {
    const contents = readContents(segments, notice.end);
    return { notice: notice.lines, titleLines: [], approval: null, contents: contents.lines, bodyStart: contents.end };
  }
  const contents = readContents(segments, index);
  return { notice: notice.lines, titleLines, approval, contents: contents.lines, bodyStart: contents.end };
}

const CONTENTS_HEADING = /^目\s*录$/u;
/** Dot leaders and a page number at the end of a contents entry (`第一章 发展基础……1`). */
const PAGE_REFERENCE = /[\s.·…．\-—]*\d+$/u;

/**
 * A printed table of contents: `目录`, then its entries, up to the line where the first entry
 * comes again as the body's first heading. Without that repeat, nothing is taken for contents.
 */
function readContents(segments: readonly Segment[], start: number): { lines: SourceLine[]; end: number } {
  let index = start;
  while (index < segments.length && segments[index]!.kind === 'blank') index++;
  const heading = segments[index];
  if (heading?.kind !== 'text' || !CONTENTS_HEADING.test(heading.line.text.replace(/[\s\u3000]+/gu, ''))) return { lines: [], end: start };
  const lines: SourceLine[] = [heading.line];
  let first: string | null = null;
  for (let i = index + 1; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind === 'blank') continue;
    if (segment.kind !== 'text') break;
    const entry = entryText(segment.line.text);
    if (first !== null && entry === first) return { lines, end: i };
    first ??= entry;
    lines.push(segment.line);
  }
  return { lines: [], end: start };
}

function entryText(text: string): string {
  return text.replace(PAGE_REFERENCE, '').replace(/[\s\u3000]+/gu, '');
}

function isTitleLike(text: string): boolean {
  const label = readLabel(text);
  return (
    text.length <= TITLE_MAX_LENGTH &&
    !/[。，；！？,;!?]/u.test(text) &&
    !(label && isStandaloneHeading(label)) &&
    readUnnumberedPart(text) === null &&
    readColumnHeading(text) === null &&
    !/^表\s*\d/u.test(text) &&
    !CONTENTS_HEADING.test(text.replace(/[\s\u3000]+/gu, ''))
  );
}

/**
 * An issuing notice at the very start: it opens with its heading, a document number or the
 * addressees, and closes with the date (and a publication remark). Without a date line close
 * enough to the start, nothing is taken for a notice.
 */
function readNotice(segments: readonly Segment[]): { lines: SourceLine[]; end: number } {
  const none = { lines: [], end: 0 };
  const texts: Array<{ line: SourceLine; index: number }> = [];
  for (let index = 0; index < segments.length && texts.length < NOTICE_MAX_LINES; index++) {
    const segment = segments[index]!;
    if (segment.kind === 'blank') continue;
    if (segment.kind !== 'text') break;
    texts.push({ line: segment.line, index });
  }
  const first = texts[0]?.line.text ?? '';
  // `附件` / `附件1` above the title: the plan was attached to a notice the export left out.
  if (ATTACHMENT.test(first) && texts[1] && isTitleLike(texts[1].line.text) && TITLE_WORDS.test(texts[1].line.text)) {
    return { lines: [texts[0]!.line], end: texts[0]!.index + 1 };
  }
  if (!NOTICE_HEADING.test(first) && !DOCUMENT_NUMBER.test(first) && !ADDRESSEES.test(first)) return none;
  const dateAt = texts.findIndex(({ line }) => DATE_LINE.test(line.text));
  let last = dateAt;
  if (dateAt >= 0) {
    while (last + 1 < texts.length && AFTER_DATE.test(texts[last + 1]!.line.text)) last++;
  } else {
    // A notice whose date the export lost ends where the plan's own title starts.
    const titleAt = texts.findIndex(
      ({ line }, i) => i > 0 && isTitleLike(line.text) && TITLE_WORDS.test(line.text) && !NOTICE_HEADING.test(line.text),
    );
    if (titleAt < 0) return none;
    last = titleAt - 1;
  }
  return { lines: texts.slice(0, last + 1).map(({ line }) => line), end: texts[last]!.index + 1 };
}

/** The office that signs a notice: the short lines just above its date, after the last sentence. */
export function noticeIssuer(notice: readonly SourceLine[]): string | null {
  const dateAt = notice.findIndex((line) => DATE_LINE.test(line.text));
  if (dateAt < 0) return null;
  const offices: string[] = [];
  for (let i = dateAt - 1; i >= 0; i--) {
    const text = notice[i]!.text;
    if (/[。，；：:！？]/u.test(text) || text.length > 30 || DOCUMENT_NUMBER.test(text) || NOTICE_HEADING.test(text)) break;
    offices.unshift(text);
  }
  return offices.length > 0 ? offices.join('、') : null;
}

/** The date a notice or approval line prints, as `YYYY-MM-DD`, or null. */
export function readPrintedDate(text: string): string | null {
  const match =
    /((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日)?/u.exec(
      text,
    );
  if (!match) return null;
  const year = /^\d+$/u.test(match[1]!)
    ? Number(match[1])
    : Number([...match[1]!].map((digit) => '〇一二三四五六七八九'.indexOf(digit === '零' ? '〇' : digit)).join(''));
  const month = smallNumber(match[2]!);
  const day = match[3] === undefined ? null : smallNumber(match[3]);
  if (month === null || month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  const pad = (value: number) => String(value).padStart(2, '0');
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** 1–31 written in digits or as 一 … 三十一. */
function smallNumber(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  const digits = '一二三四五六七八九';
  if (text === '十') return 10;
  const [tens, units] = text.includes('十') ? text.split('十') : ['', text];
  const t = tens === '' ? (text.includes('十') ? 1 : 0) : digits.indexOf(tens!) + 1;
  const u = units === '' || units === undefined ? 0 : digits.indexOf(units) + 1;
  return t < 0 || u < 0 ? null : t * 10 + u;
}
