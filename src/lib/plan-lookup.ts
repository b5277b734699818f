import type { Chapter, Column, Plan, Table } from './plan-schema.ts';

/** Plans by id, built once per list of plans, so a page finds its plan in O(1) however many plans the site has. */
const indexes = new WeakMap<readonly Plan[], Map<string, Plan>>();

/** The plan an MDX component names by id; a wrong id fails the build with the ids there are. */
export function findPlan(plans: readonly Plan[], id: string): Plan {
  let byId = indexes.get(plans);
  if (!byId) {
    byId = new Map(plans.map((plan) => [plan.id, plan]));
    indexes.set(plans, byId);
  }
  const plan = byId.get(id);
  if (!plan) throw new Error(`No plan with id "${id}"; the plans are: ${plans.map((p) => p.id).join(', ') || 'none'}.`);
  return plan;
}

export function findChapter(plan: Plan, n: number): Chapter {
  return findNumbered(plan.chapters, n, `Plan ${plan.id} chapter`);
}

export function findTable(plan: Plan, n: number): Table {
  return findNumbered(plan.tables, n, `Plan ${plan.id} table`);
}

export function findColumn(plan: Plan, n: number): Column {
  return findNumbered(plan.columns, n, `Plan ${plan.id} column`);
}

/** Items are numbered 1…length in order (the schema's `n`), so the n-th is at index n − 1; a search covers any other order. */
function findNumbered<T extends { n: number }>(items: readonly T[], n: number, what: string): T {
  const item = items[n - 1]?.n === n ? items[n - 1] : items.find((candidate) => candidate.n === n);
  if (!item) throw new Error(`${what} ${n} is referenced by a page but plan.json has ${items.length} (n = 1…${items.length}).`);
  return item;
}
