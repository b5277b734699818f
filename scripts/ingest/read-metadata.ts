/**
 * Step 6, metadata: the plan's title, region, period, years, issuer and date, from its sidecar
 * where it has one and otherwise from its own front matter, each derived value reported so an
 * editor can confirm it, and each field left empty named.
 */
import { parseChineseNumeral } from './chinese-numerals.ts';
import { noticeIssuer, readPrintedDate } from './read-front-matter.ts';
import type { Sidecar } from './read-sidecar.ts';
import type { IngestWarning, SourceLine } from './source-line.ts';
import type { Notice } from '../../src/lib/plan-schema.ts';

export interface PlanMetadata {
  readonly title: string;
  readonly titleInSource: string | null;
  readonly region: string | null;
  readonly period: string | null;
  readonly years: [number, number] | null;
  readonly issuer: string | null;
  readonly issued: string | null;
  readonly approval: string | null;
  readonly notice: Notice | null;
}

export interface FrontMatterText {
  readonly titleLines: readonly string[];
  readonly planId: string;
  readonly notice?: readonly SourceLine[];
  readonly approval?: string | null;
}

/** `十四五`, `“九五”`, `十一五`: a five-year period's short name (quoted when it is two characters). */
const PERIOD_SHORT = /(十[一二三四五六七八九]五)|[“"‘']([一二三四五六七八九]五|十五)[”"’']/u;
/** `第十三个五年`: the long form. */
const PERIOD_LONG = /第([一二三四五六七八九十]{1,3})个五年/u;
const YEAR_RANGE = /((?:19|20)\d{2})\s*年?\s*[-—–~～至到－―‒]+\s*((?:19|20)\d{2})\s*年/u;
/** The region a title begins with: the country's name for a national plan, else a division's, by its suffix. */
const REGION = /^(中华人民共和国|全国|.{2,24}?(?:省|自治区|市|区|县|旗|州|盟))(?=[（(]|教育|“|"|关于|国民经济|$)/u;

export function readMetadata(
  source: FrontMatterText,
  sidecar: Sidecar,
  titleLine: number,
): { metadata: PlanMetadata; warnings: IngestWarning[] } {
  const warnings: IngestWarning[] = [];
  const printedTitle = source.titleLines.length > 0 ? source.titleLines.join('') : null;
  const title = sidecar.title ?? printedTitle ?? source.planId;
  if (!sidecar.title && !printedTitle) {
    warnings.push({
      line: titleLine,
      code: 'title-missing',
      message: `the export has no title line and the sidecar gives none; using the plan id "${source.planId}" as its title`,
    });
  }
  const notice =
    source.notice && source.notice.length > 0 ? { lines: source.notice.map((line) => line.text), line: source.notice[0]!.line } : null;
  const period = sidecar.period !== undefined ? sidecar.period : readPeriod(title);
  const years = sidecar.years !== undefined ? sidecar.years : readYears(title, period);
  const region = sidecar.region !== undefined ? sidecar.region : (REGION.exec(title)?.[1] ?? null);
  const issuer = sidecar.issuer !== undefined ? sidecar.issuer : notice ? noticeIssuer(source.notice!) : null;
  const noticeDate = notice
    ? ([...notice.lines]
        .reverse()
        .map(readPrintedDate)
        .find((date) => date !== null) ?? null)
    : null;
  const issued = noticeDate ?? (source.approval ? readPrintedDate(source.approval) : null);
  const derived = [
    ['period', sidecar.period === undefined ? period : null],
    ['years', sidecar.years === undefined && years !== null ? years.join('–') : null],
    ['region', sidecar.region === undefined ? region : null],
    ['issuer', sidecar.issuer === undefined ? issuer : null],
  ] as const;
  for (const [field, value] of derived) {
    if (value !== null)
      warnings.push({
        line: titleLine,
        code: 'metadata-derived',
        message: `${field} "${value}" derived from the ${field === 'issuer' ? 'notice' : 'title'}; confirm it in the sidecar`,
      });
  }
  // A field the sidecar sets to null is the editor's decision; one left empty by the text is named.
  const empty = [
    ['region', sidecar.region === undefined && region === null],
    ['period', sidecar.period === undefined && period === null],
    ['years', sidecar.years === undefined && years === null],
    ['issuer', sidecar.issuer === undefined && issuer === null],
  ] as const;
  for (const [field, isEmpty] of empty) {
    if (isEmpty)
      warnings.push({
        line: titleLine,
        code: 'metadata-missing',
        message: `${field} not found in the text; set it in the sidecar (null when the source withholds it)`,
      });
  }
  return {
    metadata: {
      title,
      titleInSource: sidecar.title && printedTitle !== sidecar.title ? printedTitle : null,
      region,
      period,
      years,
      issuer,
      issued,
      approval: source.approval ?? null,
      notice,
    },
    warnings,
  };
}

/** `十四五` from `“十四五”`, `十四五`, `第十四个五年`; `九五` from `“九五”`. */
export function readPeriod(title: string): string | null {
  const short = PERIOD_SHORT.exec(title);
  if (short) return short[1] ?? short[2]!;
  const long = PERIOD_LONG.exec(title);
  const ordinal = long ? parseChineseNumeral(long[1]!) : null;
  return ordinal === null ? null : periodName(ordinal);
}

/** Years printed in the title (`（2021-2025年）`, `2016—2020年`), else those of the five-year period (十四五 → 2021–2025). */
export function readYears(title: string, period: string | null): [number, number] | null {
  const printed = YEAR_RANGE.exec(title);
  if (printed) return [Number(printed[1]), Number(printed[2])];
  const ordinal = period ? parseChineseNumeral(period.slice(0, -1)) : null;
  return ordinal !== null && ordinal >= 1 ? periodYears(ordinal) : null;
}

/**
 * The n-th national five-year period: the first two ran 1953–1957 and 1958–1962; after the
 * adjustment years 1963–1965, the third began in 1966, and they have followed without a gap since.
 */
export function periodYears(ordinal: number): [number, number] {
  const from = ordinal <= 2 ? 1953 + (ordinal - 1) * 5 : 1966 + (ordinal - 3) * 5;
  return [from, from + 4];
}

/** 十四 → 十四五, 九 → 九五, 十 → 十五. */
function periodName(ordinal: number): string | null {
  const names = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (ordinal < 1 || ordinal > 19) return null;
  return ordinal < 10 ? `${names[ordinal]}五` : ordinal === 10 ? '十五' : `十${names[ordinal - 10]}五`;
}
