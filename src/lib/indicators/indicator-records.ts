/** Every indicator row of every plan, with what matching across plans needs to know about it. */
import { anchorPath, tableRowAnchor } from '../paths.ts';
import type { Indicator, Plan, Table } from '../plan-schema.ts';
import { normaliseName } from './normalise-name.ts';
import { synonymRuleFor, type SynonymRule } from './synonym-rules.ts';
import { rowUnit } from './value-reading.ts';

export interface IndicatorRecord {
  plan: Plan;
  table: Table;
  indicator: Indicator;
  /** The name as matching compares it (`normaliseName`). */
  normalisedName: string;
  /** The synonym rule the name falls under, if any. */
  rule: SynonymRule | null;
  /**
   * The row's category when it tells apart rows of one name in one table (白碱滩's
   * `县级以上骨干教师数` for 幼儿园, 小学, 初中, 高中): then it is part of what the row measures.
   * A category that only groups differently named rows (`基础教育`) is not.
   */
  qualifier: string | null;
  /** The row's unit (`rowUnit`). */
  unit: string | null;
  /** Site URL of the table in its chapter page. */
  href: string;
}

/** In the order given, then table and row order. */
export function indicatorRecords(plans: readonly Plan[]): IndicatorRecord[] {
  return plans.flatMap((plan) => plan.tables.flatMap((table) => tableRecords(plan, table)));
}

function tableRecords(plan: Plan, table: Table): IndicatorRecord[] {
  const qualifying = namesUnderSeveralCategories(table.indicators);
  return table.indicators.map((indicator) => {
    const normalisedName = normaliseName(indicator.name);
    return {
      plan,
      table,
      indicator,
      normalisedName,
      rule: synonymRuleFor(normalisedName),
      qualifier: qualifying.has(normalisedName) ? indicator.category : null,
      unit: rowUnit(indicator),
      href: anchorPath(plan.id, table.chapter, tableRowAnchor(table.anchor, indicator.row)),
    };
  });
}

function namesUnderSeveralCategories(indicators: readonly Indicator[]): Set<string> {
  const categories = new Map<string, Set<string | null>>();
  for (const indicator of indicators) {
    const name = normaliseName(indicator.name);
    categories.set(name, (categories.get(name) ?? new Set()).add(indicator.category));
  }
  return new Set([...categories].filter(([, seen]) => seen.size > 1).map(([name]) => name));
}
