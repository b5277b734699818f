/** An indicator page's description: the plans it compares, named up to a few, counted beyond. */
import type { Plan } from '../plan-schema.ts';
import { PLANS_NAMED_PER_INDICATOR_LINE } from '../regions/page-sizes.ts';

/** `甲、乙、丙` for a few plans; `甲、乙…等 120 个规划` for more, so a description stays one sentence at any size. */
export function namedPlans(plans: readonly Plan[], most = PLANS_NAMED_PER_INDICATOR_LINE): string {
  const named = plans.slice(0, most).map((plan) => plan.title).join('、');
  return plans.length <= most ? named : `${named}等 ${plans.length} 个规划`;
}
