/** What a plan holds, as a card says it: `3 章 · 2 张表 · 9 个专栏`, `19 篇 · 65 章 · …`, leaving out what it has none of. */
import type { Plan } from './plan-schema.ts';

export function planCounts(plan: Pick<Plan, 'groups' | 'chapters' | 'tables' | 'columns'>): string {
  return [
    [plan.groups.length, '篇'],
    [plan.chapters.length, '章'],
    [plan.tables.length, '张表'],
    [plan.columns.length, '个专栏'],
  ]
    .filter(([count]) => count !== 0)
    .map(([count, unit]) => `${count} ${unit}`)
    .join(' · ');
}
