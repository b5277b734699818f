/**
 * What a table's last year column holds: a plan's targets, or the results a 完成情况 table reports
 * (张掖 表1 “十四五”时期…指标完成情况: its 2025 figures happened). Named for the reader, never guessed
 * beyond the caption: a table that does not say 完成 holds targets.
 */
export type ValueRole = 'target' | 'result';

const RESULTS_CAPTION = /完成情况|完成值|实际完成/u;

export function endValueRole(caption: string | null): ValueRole {
  return caption !== null && RESULTS_CAPTION.test(caption) ? 'result' : 'target';
}

/** The column heading for a role: 目标 only for targets. */
export function roleLabel(role: ValueRole): string {
  return role === 'result' ? '实际' : '目标';
}
