/** The lists split by region, on the real plans and on a synthetic corpus large enough to split them into pages. */
import { describe, expect, test } from 'vitest';
import { columnsIndex } from '../../src/lib/columns-index/columns-index.ts';
import { columnsIndexListsEveryPlan, columnsRegionLinks, columnsRegionRoutes } from '../../src/lib/columns-index/columns-regions.ts';
import { groupIndicators } from '../../src/lib/indicators/group-indicators.ts';
import { indicatorComparesEveryPlan, indicatorRegionLinks, indicatorRegionRoutes } from '../../src/lib/indicators/indicator-regions.ts';
import { catalogueListsEveryPlan, catalogueRegionLinks, catalogueRegionRoutes } from '../../src/lib/regions/catalogue-regions.ts';
import { REGIONS, regionGroupOf } from '../../src/lib/regions/provinces.ts';
import { realPlans } from '../indicators/real-plans.ts';
import { syntheticPlans } from './synthetic-plans.ts';

const reals = realPlans();
const corpus = syntheticPlans(80);
const order = (slug: string) => REGIONS.findIndex((region) => region.slug === slug);

describe('the catalogue by region', () => {
  test('the five plans: one page per region, in the table’s order, and `/` still lists them all', () => {
    expect(catalogueRegionRoutes(reals).map((route) => [route.params, route.props.list.items.map((plan) => plan.id)])).toEqual([
      [{ region: 'tianjin', page: undefined }, ['dongli-2021-2025']],
      [{ region: 'gansu', page: undefined }, ['zhangye-2026-2030']],
      [{ region: 'xinjiang', page: undefined }, ['baijiantan-2021-2025']],
      [{ region: 'bingtuan', page: undefined }, ['shuanghe-2026-2030']],
      [{ region: 'qita', page: undefined }, ['xiandaihua-2025']],
    ]);
    expect(catalogueListsEveryPlan(reals)).toBe(true);
  });

  test('a corpus larger than a page: `/` shows regions; each region’s plans on pages of at most the size, newest first, every plan once', () => {
    const perPage = 4;
    expect(catalogueListsEveryPlan(corpus, perPage)).toBe(false);
    const routes = catalogueRegionRoutes(corpus, perPage);
    const listed = routes.flatMap((route) => route.props.list.items);
    expect(listed.map((plan) => plan.id).sort()).toEqual(corpus.map((plan) => plan.id).sort());
    for (const { params, props } of routes) {
      expect(props.list.items.length).toBeLessThanOrEqual(perPage);
      expect(props.list.items.length).toBeGreaterThan(0);
      for (const plan of props.list.items) expect(regionGroupOf(plan.region).slug).toBe(params.region);
      expect(params.page).toBe(props.list.page === 1 ? undefined : String(props.list.page));
    }
    // Some region must have been split for this test to mean anything.
    expect(routes.some((route) => route.props.list.pages > 1)).toBe(true);
    const slugs = [...new Set(routes.map((route) => route.params.region))];
    expect(slugs.map(order)).toEqual(slugs.map(order).sort((a, b) => a - b));
    expect(catalogueRegionLinks(corpus).reduce((sum, link) => sum + link.count, 0)).toBe(corpus.length);
  });
});

describe('the 专栏 index by region', () => {
  test('every column of every plan on exactly one region page, whole plans per page', () => {
    const perPage = 3;
    const index = columnsIndex(corpus);
    expect(columnsIndexListsEveryPlan(index, perPage)).toBe(false);
    const routes = columnsRegionRoutes(corpus, perPage);
    const shown = routes.flatMap((route) => route.props.list.items);
    expect(shown.map(({ plan }) => plan.id).sort()).toEqual(index.map(({ plan }) => plan.id).sort());
    for (const { plan, entries } of shown) expect(entries.map((entry) => entry.column)).toEqual(plan.columns);
    expect(columnsRegionLinks(corpus).reduce((sum, link) => sum + link.count, 0)).toBe(
      index.reduce((sum, { entries }) => sum + entries.length, 0),
    );
  });

  test('the five plans: 天津, 新疆 and 兵团 have columns; 甘肃 and the plan without a region have none, so no page', () => {
    expect(columnsRegionRoutes(reals).map((route) => route.params.region)).toEqual(['tianjin', 'xinjiang', 'bingtuan']);
  });
});

describe('each indicator by region', () => {
  const groups = groupIndicators(corpus);
  const routes = indicatorRegionRoutes(groups, 2);

  test('every record of an indicator on exactly one of its region pages, with only that page’s plans, in the indicator’s order', () => {
    for (const group of groups) {
      const own = routes.filter((route) => route.params.indicator === group.id);
      expect(own.flatMap((route) => route.props.shown.records)).toHaveLength(group.records.length);
      expect(new Set(own.flatMap((route) => route.props.shown.records))).toEqual(new Set(group.records));
      for (const { params, props } of own) {
        expect(props.shown.plans.length).toBeLessThanOrEqual(2);
        for (const record of props.shown.records) expect(props.shown.plans).toContain(record.plan);
        for (const plan of props.shown.plans) expect(regionGroupOf(plan.region).slug).toBe(params.region);
        expect(new Set(props.shown.units)).toEqual(new Set(props.shown.records.map((record) => record.unit)));
      }
      expect(indicatorRegionLinks(group).reduce((sum, link) => sum + link.count, 0)).toBe(group.plans.length);
    }
  });

  test('an indicator set by more plans than a page holds is compared region by region, one set by few on its own page', () => {
    const widest = groups.reduce((most, group) => (group.plans.length > most.plans.length ? group : most));
    expect(indicatorComparesEveryPlan(widest, 2)).toBe(false);
    expect(indicatorComparesEveryPlan(widest, widest.plans.length)).toBe(true);
    expect(routes.some((route) => route.props.list.pages > 1)).toBe(true);
  });
});
