/** The plans an indicator line or description names: each of a few; of many, the first two and the count. */
import type { Plan } from '../plan-schema.ts';
import { PLANS_NAMED_PER_INDICATOR_LINE } from '../regions/page-sizes.ts';

/** Plans named before the count when there are more than `most`. */
const NAMED_BEFORE_COUNT = 2;

/** `甲、乙、丙` for up to `most` plans; `甲、乙等 120 个规划` for more, so a line stays a line at any corpus size. */
export function namedPlans(plans: readonly Plan[], most = PLANS_NAMED_PER_INDICATOR_LINE): string {
  if (plans.length <= most) return plans.map((plan) => plan.title).join('、');
  const named = plans.slice(0, NAMED_BEFORE_COUNT).map((plan) => plan.title);
  return `${named.join('、')}等 ${plans.length} 个规划`;
}
