/**
 * Public URLs of the pages across plans (issue 5): the indicator explorer, the 专栏 index and the
 * open-data downloads. Kept beside src/lib/paths.ts, whose owner may fold them in.
 */

export const INDICATORS_PATH = '/indicators/';
export const COLUMNS_PATH = '/columns/';
export const OPEN_DATA_PATH = '/data/';
export const INDICATORS_CSV_PATH = '/data/indicators.csv';
export const PLAN_SCHEMA_PATH = '/data/plan.schema.json';

/** One indicator's comparison page; `id` from `indicatorId`. */
export function indicatorPath(id: string): string {
  return `${INDICATORS_PATH}${id}/`;
}

/** The 专栏 index narrowed to one plan. */
export function planColumnsPath(planId: string): string {
  return `${COLUMNS_PATH}${planId}/`;
}
