/** Search results as a reader scans them: by plan. */
import type { SearchResult } from './engine.ts';

export interface PlanGroup {
  plan: string;
  planUrl: string;
  results: SearchResult[];
}

/** Results by plan, the groups in the order of their best result, each keeping the results' order. */
export function groupByPlan(results: readonly SearchResult[]): PlanGroup[] {
  const groups = new Map<string, PlanGroup>();
  for (const result of results) {
    const group = groups.get(result.planId) ?? { plan: result.plan, planUrl: result.planUrl, results: [] };
    group.results.push(result);
    groups.set(result.planId, group);
  }
  return [...groups.values()];
}
