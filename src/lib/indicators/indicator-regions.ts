/** One indicator split by region: its comparison narrowed to one region's plans, a page of whole plans at a time. */
import { indicatorRegionPath } from '../paths.ts';
import type { Plan } from '../plan-schema.ts';
import { PLANS_PER_INDICATOR_PAGE } from '../regions/page-sizes.ts';
import type { ListPage } from '../regions/paginate.ts';
import type { Province } from '../regions/provinces.ts';
import { groupByRegion, regionPageRoutes, type RegionGroup, type RegionLink } from '../regions/region-groups.ts';
import type { IndicatorGroup } from './group-indicators.ts';
import type { IndicatorRecord } from './indicator-records.ts';

export interface IndicatorRegionRoute {
  params: { indicator: string; region: string; page: string | undefined };
  props: {
    /** The indicator over every plan. */
    group: IndicatorGroup;
    /** The indicator over this page's plans only: what the page compares and draws. */
    shown: IndicatorGroup;
    region: Province;
    list: ListPage<Plan>;
    /** How many of the region's plans set the indicator. */
    total: number;
  };
}

export function indicatorRegions(group: IndicatorGroup): RegionGroup<Plan>[] {
  return groupByRegion(group.plans, (plan) => plan.region);
}

/** Each region with how many of its plans set the indicator. */
export function indicatorRegionLinks(group: IndicatorGroup): RegionLink[] {
  return indicatorRegions(group).map(({ region, items }) => ({
    region,
    count: items.length,
    href: indicatorRegionPath(group.id, region.slug),
  }));
}

/** Whether `/indicators/<id>/` compares every plan itself rather than sending the reader to a region. */
export function indicatorComparesEveryPlan(group: IndicatorGroup, perPage = PLANS_PER_INDICATOR_PAGE): boolean {
  return group.plans.length <= perPage;
}

/** `/indicators/<id>/regions/<slug>/`, `…/2/` …: every indicator in every region that sets it, at any corpus size. */
export function indicatorRegionRoutes(groups: readonly IndicatorGroup[], perPage = PLANS_PER_INDICATOR_PAGE): IndicatorRegionRoute[] {
  return groups.flatMap((group) => {
    const recordsOf = recordsByPlan(group.records);
    return regionPageRoutes(indicatorRegions(group), perPage).map(({ params, props }) => ({
      params: { indicator: group.id, ...params },
      props: { ...props, group, shown: narrowGroup(group, props.list.items, recordsOf) },
    }));
  });
}

/** The group over some of its plans: their records in the group's order, their units. */
function narrowGroup(group: IndicatorGroup, plans: readonly Plan[], recordsOf: Map<Plan, IndicatorRecord[]>): IndicatorGroup {
  const records = plans.flatMap((plan) => recordsOf.get(plan) ?? []);
  return { ...group, plans: [...plans], records, units: [...new Set(records.map((record) => record.unit))] };
}

function recordsByPlan(records: readonly IndicatorRecord[]): Map<Plan, IndicatorRecord[]> {
  const byPlan = new Map<Plan, IndicatorRecord[]>();
  for (const record of records) {
    const own = byPlan.get(record.plan);
    if (own) own.push(record);
    else byPlan.set(record.plan, [record]);
  }
  return byPlan;
}
