/** The 专栏 index split by region: each region's plans with columns, a page of whole plans at a time. */
import { regionColumnsPath } from '../paths.ts';
import type { Plan } from '../plan-schema.ts';
import { PLANS_PER_COLUMNS_PAGE } from '../regions/page-sizes.ts';
import { groupByRegion, regionPageRoutes, type RegionGroup, type RegionLink, type RegionPageRoute } from '../regions/region-groups.ts';
import { columnsIndex, countColumns, type PlanColumns } from './columns-index.ts';

/** The plans that have columns, by region, in the order given within each. */
export function columnsRegions(plans: readonly Plan[]): RegionGroup<PlanColumns>[] {
  return groupByRegion(columnsIndex(plans), ({ plan }) => plan.region);
}

/** `/columns/regions/<slug>/`, `…/2/` …: every region's columns, at any corpus size. */
export function columnsRegionRoutes(plans: readonly Plan[], perPage = PLANS_PER_COLUMNS_PAGE): RegionPageRoute<PlanColumns>[] {
  return regionPageRoutes(columnsRegions(plans), perPage);
}

/** Each region with its number of columns. */
export function columnsRegionLinks(plans: readonly Plan[]): RegionLink[] {
  return columnsRegions(plans).map(({ region, items }) => ({ region, count: countColumns(items), href: regionColumnsPath(region.slug) }));
}

/** Whether `/columns/` lists every plan's columns itself rather than the regions first. */
export function columnsIndexListsEveryPlan(index: readonly PlanColumns[], perPage = PLANS_PER_COLUMNS_PAGE): boolean {
  return index.length <= perPage;
}
