/**
 * Step 6, metadata: the plan's title, region, period and years, from its sidecar where it has one
 * and otherwise from its own text, each derived value reported so an editor can confirm it.
 */
import { parseChineseNumeral } from './chinese-numerals.ts';
import type { Sidecar } from './read-sidecar.ts';
import type { IngestWarning } from './source-line.ts';

export interface PlanMetadata {
  readonly title: string;
  readonly titleInSource: string | null;
  readonly region: string | null;
  readonly period: string | null;
  readonly years: [number, number] | null;
  readonly issuer: string | null;
}

const PERIOD = /[“"]?(十[一二三四五六七八九]五)[”"]?/u;
const YEAR_RANGE = /((?:19|20)\d{2})\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年/u;
const REGION = /^(.{2,24}?(?:省|自治区|市|区|县|旗|州|盟))(?=[（(]|教育|“|"|关于|$)/u;

export function readMetadata(
  source: { titleLines: readonly string[]; planId: string },
  sidecar: Sidecar,
  titleLine: number,
): { metadata: PlanMetadata; warnings: IngestWarning[] } {
  const warnings: IngestWarning[] = [];
  const printedTitle = source.titleLines.length > 0 ? source.titleLines.join('') : null;
  const title = sidecar.title ?? printedTitle ?? source.planId;
  if (!sidecar.title && !printedTitle) {
    warnings.push({ line: titleLine, code: 'title-missing', message: `the export has no title line and the sidecar gives none; using the plan id "${source.planId}" as its title` });
  }
  const period = sidecar.period !== undefined ? sidecar.period : (PERIOD.exec(title)?.[1] ?? null);
  const years = sidecar.years !== undefined ? sidecar.years : readYears(title, period);
  const region = sidecar.region !== undefined ? sidecar.region : (REGION.exec(title)?.[1] ?? null);
  const derived = [
    ['period', sidecar.period === undefined && period !== null ? period : null],
    ['years', sidecar.years === undefined && years !== null ? years.join('–') : null],
    ['region', sidecar.region === undefined && region !== null ? region : null],
  ] as const;
  for (const [field, value] of derived) {
    if (value !== null) warnings.push({ line: titleLine, code: 'metadata-derived', message: `${field} "${value}" derived from the title; confirm it in the sidecar` });
  }
  if (sidecar.region === undefined && region === null) {
    warnings.push({ line: titleLine, code: 'metadata-missing', message: 'region not found in the title; set it in the sidecar (null when the source withholds it)' });
  }
  return {
    metadata: { title, titleInSource: sidecar.title && printedTitle !== sidecar.title ? printedTitle : null, region, period, years, issuer: sidecar.issuer ?? null },
    warnings,
  };
}

/** Years printed in the title (`（2021-2025年）`), else those of the five-year period (十四五 → 2021–2025). */
function readYears(title: string, period: string | null): [number, number] | null {
  const printed = YEAR_RANGE.exec(title);
  if (printed) return [Number(printed[1]), Number(printed[2])];
  const ordinal = period ? parseChineseNumeral(period.slice(0, -1)) : null;
  return ordinal !== null && ordinal >= 6 ? periodYears(ordinal) : null;
}

/** Since the sixth (1981–1985), the five-year plans follow each other without a gap. */
function periodYears(ordinal: number): [number, number] {
  const from = 1981 + (ordinal - 6) * 5;
  return [from, from + 4];
}
