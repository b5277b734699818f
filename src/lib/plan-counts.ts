/**
 * What a plan holds, as a card says it: `3 章 · 2 张表 · 9 个专栏`, `19 篇 · 65 章 · …`, `5 部分 · 2 张表`,
 * leaving out what it has none of. Groups and pages are counted in the plan's own word for each
 * level (篇, 编, 部分, 章). A level numbered 一、 or 1. has no word of its own: its pages are counted
 * as 章, the site's word for a page, and its groups (rare) as 部分, what such a division is called.
 */
import type { LabelStyleName as LabelStyle, Plan } from './plan-schema.ts';

const LEVEL_WORDS: Partial<Record<LabelStyle, string>> = { pian: '篇', bian: '编', part: '部分', chapter: '章', jie: '节' };

type Counted = Pick<Plan, 'levels' | 'groups' | 'chapters' | 'tables' | 'columns'>;

export function planCounts(plan: Counted): string {
  return [
    ...divisionCounts(plan.levels, plan.groups),
    [plan.chapters.length, levelWord(plan.levels.find((level) => level.role === 'page')?.style)] as const,
    [plan.tables.length, '张表'] as const,
    [plan.columns.length, '个专栏'] as const,
  ]
    .filter(([count]) => count !== 0)
    .map(([count, unit]) => `${count} ${unit}`)
    .join(' · ');
}

/** The groups counted by level, outermost first: `2 编 · 9 篇` when a plan prints both. */
function divisionCounts(levels: Counted['levels'], groups: Counted['groups']): (readonly [number, string])[] {
  const byLevel = new Map<number, number>();
  for (const group of groups) byLevel.set(group.level, (byLevel.get(group.level) ?? 0) + 1);
  return [...byLevel].sort(([a], [b]) => a - b).map(([level, count]) => [count, levelWord(levels[level]?.style, '部分')] as const);
}

function levelWord(style: LabelStyle | undefined, otherwise = '章'): string {
  return (style && LEVEL_WORDS[style]) ?? otherwise;
}
