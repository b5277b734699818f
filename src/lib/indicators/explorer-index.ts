/** The explorer's front page: indicators by stage, one line per name, qualified variants on it. */
import type { Plan } from '../plan-schema.ts';
import type { IndicatorGroup } from './group-indicators.ts';
import { STAGES, type Stage } from './stages.ts';

export interface IndexLine {
  name: string;
  /** The indicator, or its variants by qualifier (幼儿园, 小学, …), in order. */
  groups: IndicatorGroup[];
  /** Units of all its rows, null for none printed. */
  units: (string | null)[];
  plans: Plan[];
}

export interface StageIndex {
  stage: Stage;
  lines: IndexLine[];
}

/** Stages that have indicators, in `STAGES` order; lines in the order of `groups`. */
export function explorerIndex(groups: readonly IndicatorGroup[]): StageIndex[] {
  return STAGES.map((stage) => ({ stage, lines: linesByName(groups.filter((group) => group.stage === stage)) })).filter(
    (entry) => entry.lines.length > 0,
  );
}

/** Indicators that more than one plan sets: the point of comparing plans. */
export function sharedIndicators(groups: readonly IndicatorGroup[]): IndicatorGroup[] {
  return groups.filter((group) => group.plans.length > 1);
}

/** The other qualified variants of a group's name (白碱滩's 县级以上骨干教师数 for 小学, 初中 …). */
export function variantsOf(group: IndicatorGroup, groups: readonly IndicatorGroup[]): IndicatorGroup[] {
  return group.qualifier === null ? [] : groups.filter((other) => other !== group && other.qualifier !== null && other.name === group.name);
}

function linesByName(groups: readonly IndicatorGroup[]): IndexLine[] {
  const lines = new Map<string, IndicatorGroup[]>();
  for (const group of groups) {
    const named = lines.get(group.name);
    if (named) named.push(group);
    else lines.set(group.name, [group]);
  }
  return [...lines].map(([name, named]) => ({
    name,
    groups: named,
    units: [...new Set(named.flatMap((group) => group.units))],
    plans: [...new Set(named.flatMap((group) => group.plans))],
  }));
}
