/**
 * Filtering results by plan, period, region and kind, with counts. A count says how many
 * results a value would leave given the other facets' choices, so choosing within a facet
 * widens (any of its values) and choosing across facets narrows (all of them).
 */
import type { SearchResult } from './engine.ts';
import { FACETS, type Facet } from './search-paths.ts';

/** The chosen values of each facet; a facet with none chosen does not filter. */
export type Selection = Partial<Record<Facet, readonly string[]>>;

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

export function facetValueOf(result: SearchResult, facet: Facet): string | null {
  return facet === 'plan' ? result.plan : result[facet];
}

/** Whether a result passes the selection, leaving out one facet's choice when counting that facet. */
export function passes(result: SearchResult, selection: Selection, except?: Facet): boolean {
  return FACETS.every((facet) => {
    const chosen = selection[facet];
    if (facet === except || !chosen?.length) return true;
    const value = facetValueOf(result, facet);
    return value !== null && chosen.includes(value);
  });
}

/** Every value each facet takes among the results, most frequent first, with its count and whether it is chosen. */
export function facetValues(results: readonly SearchResult[], selection: Selection): Record<Facet, FacetValue[]> {
  const entries = FACETS.map((facet): [Facet, FacetValue[]] => {
    const counts = new Map<string, number>();
    for (const result of results) {
      const value = facetValueOf(result, facet);
      if (value === null) continue;
      counts.set(value, (counts.get(value) ?? 0) + (passes(result, selection, facet) ? 1 : 0));
    }
    const values = [...counts].map(([value, count]) => ({ value, count, selected: selection[facet]?.includes(value) ?? false }));
    return [facet, values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'))];
  });
  return Object.fromEntries(entries) as Record<Facet, FacetValue[]>;
}

/** The selection a URL's query string carries: `?kind=指标表&plan=…`. */
export function selectionFromParams(params: URLSearchParams): Selection {
  return Object.fromEntries(FACETS.flatMap((facet) => (params.has(facet) ? [[facet, params.getAll(facet)]] : [])));
}

/** Writes the selection into a URL's query string, replacing what was there. */
export function writeSelection(params: URLSearchParams, selection: Selection): void {
  for (const facet of FACETS) {
    params.delete(facet);
    for (const value of selection[facet] ?? []) params.append(facet, value);
  }
}
