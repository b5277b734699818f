import type { Plan } from '../plan-schema.ts';
import { groupIndicators, type IndicatorGroup } from './group-indicators.ts';
import { variantsOf } from './explorer-index.ts';

export interface IndicatorRoute {
  params: { indicator: string };
  props: { group: IndicatorGroup; variants: IndicatorGroup[] };
}

/** One comparison page per indicator of the plans, with the indicator's other qualified variants. */
export function indicatorRoutes(plans: readonly Plan[]): IndicatorRoute[] {
  const groups = groupIndicators(plans);
  return groups.map((group) => ({ params: { indicator: group.id }, props: { group, variants: variantsOf(group, groups) } }));
}
