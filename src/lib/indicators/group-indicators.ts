/**
 * The explorer's indicators: records of every plan grouped into one indicator each when their
 * names match (equal after `normaliseName`, or under one synonym rule) and so do their qualifiers.
 */
import { createHash } from 'node:crypto';
import type { Plan } from '../plan-schema.ts';
import { indicatorRecords, type IndicatorRecord } from './indicator-records.ts';
import { normaliseName } from './normalise-name.ts';
import { STAGES, stageOf, type Stage } from './stages.ts';
import type { SynonymRule } from './synonym-rules.ts';

export interface IndicatorGroup {
  /** Stable URL segment: `/indicators/<id>/` (`indicatorId`). */
  id: string;
  /** The rule's canonical name, else the name as the first plan prints it. */
  name: string;
  qualifier: string | null;
  stage: Stage;
  /** The synonym rule the names fall under, if any. */
  rule: SynonymRule | null;
  /** The distinct names the rows print (without units), in order: more than one when a rule joined them. */
  printedNames: string[];
  /** Distinct row units, in order of first appearance. */
  units: (string | null)[];
  /** Plans with at least one record, in the order given. */
  plans: Plan[];
  records: IndicatorRecord[];
}

/**
 * Groups in stage order; within a stage, indicators of more plans first, then in order of first
 * appearance (plans in the order given, then table and row), which keeps each plan's own order.
 */
export function groupIndicators(plans: readonly Plan[]): IndicatorGroup[] {
  const byKey = new Map<string, IndicatorRecord[]>();
  for (const record of indicatorRecords(plans)) {
    const key = matchKey(record);
    // Pushed, not copied: an indicator set by every plan would otherwise cost the square of the plans.
    const records = byKey.get(key);
    if (records) records.push(record);
    else byKey.set(key, [record]);
  }
  const groups = [...byKey].map(([key, records]) => indicatorGroup(key, records));
  assertUniqueIds(groups);
  const stageOrder = (group: IndicatorGroup) => STAGES.indexOf(group.stage);
  return groups
    .map((group, appearance) => ({ group, appearance }))
    .sort((a, b) => stageOrder(a.group) - stageOrder(b.group) || b.group.plans.length - a.group.plans.length || a.appearance - b.appearance)
    .map(({ group }) => group);
}

/** What two records must share to be one indicator. */
function matchKey(record: Pick<IndicatorRecord, 'normalisedName' | 'rule' | 'qualifier'>): string {
  const name = record.rule ? normaliseName(record.rule.canonical) : record.normalisedName;
  return record.qualifier === null ? name : `${name}｜${normaliseName(record.qualifier)}`;
}

/** The first 8 hex digits of the key's SHA-256: ASCII, short, and the same for as long as the key is. */
export function indicatorId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

function indicatorGroup(key: string, records: IndicatorRecord[]): IndicatorGroup {
  const [first] = records as [IndicatorRecord, ...IndicatorRecord[]];
  const name = first.rule?.canonical ?? first.indicator.name;
  return {
    id: indicatorId(key),
    name,
    qualifier: first.qualifier,
    stage: stageOf(name, [first.qualifier, ...records.map((record) => record.indicator.category)]),
    rule: first.rule,
    printedNames: [...new Set(records.map((record) => record.indicator.name))],
    units: [...new Set(records.map((record) => record.unit))],
    plans: [...new Set(records.map((record) => record.plan))],
    records,
  };
}

function assertUniqueIds(groups: readonly IndicatorGroup[]): void {
  const seen = new Map<string, string>();
  for (const group of groups) {
    const other = seen.get(group.id);
    if (other !== undefined) throw new Error(`Indicators "${other}" and "${group.name}" share the id ${group.id}; lengthen indicatorId.`);
    seen.set(group.id, group.name);
  }
}
