/** How the catalogue page arranges plans: by five-year period, newest first, each plan tagged with its province for the filter. */
import { newestFirst } from './catalogue.ts';
import type { Plan } from './plan-schema.ts';
import { provinceOfRegion } from './regions/provinces.ts';

/** The filter's value for plans that name no period. */
export const NO_PERIOD = 'none';

export interface PeriodGroup {
  /** `十五五`, or null for plans that name no period. */
  period: string | null;
  /** The group's heading: `“十五五”规划`, or `其他规划`. */
  heading: string;
  /** Newest first. */
  plans: Plan[];
}

/** Groups in the order of their newest plan; plans without a period last. */
export function periodGroups(plans: readonly Plan[]): PeriodGroup[] {
  const groups = new Map<string | null, Plan[]>();
  for (const plan of newestFirst(plans)) {
    const group = groups.get(plan.period) ?? [];
    group.push(plan);
    groups.set(plan.period, group);
  }
  const ordered = [...groups].sort(([a], [b]) => Number(a === null) - Number(b === null));
  return ordered.map(([period, members]) => ({ period, heading: period === null ? '其他规划' : `“${period}”规划`, plans: members }));
}

/** The province-level division a region lies in (`甘肃省张掖市` → `甘肃省`), for filtering; null when it names none of `PROVINCES`. */
export function provinceOf(region: string | null): string | null {
  return provinceOfRegion(region)?.name ?? null;
}

/** The provinces of the plans, each once, in Unicode order (stable, and groups a province's variants). */
export function provinces(plans: readonly Plan[]): string[] {
  return [...new Set(plans.map((plan) => provinceOf(plan.region)).filter((province) => province !== null))].sort();
}
