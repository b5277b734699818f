/** Items grouped by the province-level region of their plan, in the fixed order of `REGIONS`. */
import { paginate, type ListPage } from './paginate.ts';
import { REGIONS, regionGroupOf, type Province } from './provinces.ts';

export interface RegionGroup<T> {
  region: Province;
  /** In the order given. */
  items: T[];
}

/** Only regions that have items; one pass over the items, so cheap at any size. */
export function groupByRegion<T>(items: readonly T[], regionOf: (item: T) => string | null): RegionGroup<T>[] {
  const bySlug = new Map<string, T[]>();
  for (const item of items) {
    const slug = regionGroupOf(regionOf(item)).slug;
    const members = bySlug.get(slug);
    if (members) members.push(item);
    else bySlug.set(slug, [item]);
  }
  return REGIONS.filter((region) => bySlug.has(region.slug)).map((region) => ({ region, items: bySlug.get(region.slug)! }));
}

/** A link to one region's list, with how many it holds: what a region menu shows. */
export interface RegionLink {
  region: Province;
  count: number;
  href: string;
}

/** One page of one region's list: `[region]/[...page]` params (page undefined for the first) and what it shows. */
export interface RegionPageRoute<T> {
  params: { region: string; page: string | undefined };
  props: { region: Province; list: ListPage<T>; total: number };
}

/** Every page of every region's list; `total` is the region's item count, beside the page's own items. */
export function regionPageRoutes<T>(groups: readonly RegionGroup<T>[], perPage: number): RegionPageRoute<T>[] {
  return groups.flatMap(({ region, items }) =>
    paginate(items, perPage).map((list) => ({
      params: { region: region.slug, page: list.page === 1 ? undefined : String(list.page) },
      props: { region, list, total: items.length },
    })),
  );
}
