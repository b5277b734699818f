/** The catalogue split by region: a page (or several) of plan cards per province, and the menu of provinces. */
import { newestFirst } from '../catalogue.ts';
import { regionPath } from '../paths.ts';
import type { Plan } from '../plan-schema.ts';
import { PLANS_PER_CATALOGUE_PAGE } from './page-sizes.ts';
import { groupByRegion, regionPageRoutes, type RegionGroup, type RegionLink, type RegionPageRoute } from './region-groups.ts';

/** Plans by region, newest first within each. */
export function catalogueRegions(plans: readonly Plan[]): RegionGroup<Plan>[] {
  return groupByRegion(newestFirst(plans), (plan) => plan.region);
}

/** `/regions/<slug>/`, `/regions/<slug>/2/` …: every region's plans, at any corpus size. */
export function catalogueRegionRoutes(plans: readonly Plan[], perPage = PLANS_PER_CATALOGUE_PAGE): RegionPageRoute<Plan>[] {
  return regionPageRoutes(catalogueRegions(plans), perPage);
}

export function catalogueRegionLinks(plans: readonly Plan[]): RegionLink[] {
  return catalogueRegions(plans).map(({ region, items }) => ({ region, count: items.length, href: regionPath(region.slug) }));
}

/** Whether `/` lists every plan itself (as the five-plan site does) rather than the regions first. */
export function catalogueListsEveryPlan(plans: readonly Plan[], perPage = PLANS_PER_CATALOGUE_PAGE): boolean {
  return plans.length <= perPage;
}
