import type { Column, Plan, Table } from './plan-schema.ts';

/** The plan an MDX component names by id; a wrong id fails the build with the ids there are. */
export function findPlan(plans: readonly Plan[], id: string): Plan {
  const plan = plans.find((candidate) => candidate.id === id);
  if (!plan) throw new Error(`No plan with id "${id}"; the plans are: ${plans.map((p) => p.id).join(', ') || 'none'}.`);
  return plan;
}

export function findTable(plan: Plan, n: number): Table {
  return findNumbered(plan.tables, n, `Plan ${plan.id} table`);
}

export function findColumn(plan: Plan, n: number): Column {
  return findNumbered(plan.columns, n, `Plan ${plan.id} column`);
}

function findNumbered<T extends { n: number }>(items: readonly T[], n: number, what: string): T {
  const item = items.find((candidate) => candidate.n === n);
  if (!item) throw new Error(`${what} ${n} is referenced by a chapter but plan.json has ${items.length} (n = 1…${items.length}).`);
  return item;
}
