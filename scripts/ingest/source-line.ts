import type { WarningCode } from './warning-codes.ts';

/** One line of a cleaned source: its text and where it stood in the raw file. */
export interface SourceLine {
  /** 1-based line number in the raw source file, for warnings and provenance. */
  readonly line: number;
  /** The line after cleaning: markers stripped, layout whitespace trimmed, a leading tab kept. */
  readonly text: string;
}

/** A problem found while reading a plan, reported with the source line it concerns. */
export interface IngestWarning {
  readonly line: number;
  /** Stable kebab-case kind, e.g. `number-restored`, `merged-cell-repeated` (see warning-codes.ts). */
  readonly code: WarningCode;
  readonly message: string;
}

/** Lines the ingest deliberately does not carry to the output, each with a warning saying why. */
export const ACCOUNTED_OMISSION_CODES: ReadonlySet<string> = new Set<WarningCode>(['merged-cell-repeated']);
