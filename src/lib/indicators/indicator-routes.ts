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
  const variants = variantsByName(groups);
  return groups.map((group) => ({
    params: { indicator: group.id },
    props: { group, variants: variantsOf(group, variants.get(group.name) ?? []) },
  }));
}

/** Qualified groups by name, so that finding a group's variants looks at its own name's only, not every group. */
function variantsByName(groups: readonly IndicatorGroup[]): Map<string, IndicatorGroup[]> {
  const byName = new Map<string, IndicatorGroup[]>();
  for (const group of groups) {
    if (group.qualifier === null) continue;
    const named = byName.get(group.name);
    if (named) named.push(group);
    else byName.set(group.name, [group]);
  }
  return byName;
}
