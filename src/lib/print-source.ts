/** The line a printed page names its source with: `《张掖市“十五五”教育发展规划》 · 发布机关 · https://…`. */
import type { Plan } from './plan-schema.ts';

export function printSourceLine(plan: Pick<Plan, 'title' | 'issuer'>, url: string): string {
  return [`《${plan.title}》`, plan.issuer, url].filter(Boolean).join(' · ');
}
