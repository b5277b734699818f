import { planDataPath, planPath } from './paths.ts';
import type { Plan } from './plan-schema.ts';

/** One plan in the catalogue: the open-data summary served in /data/plans.json. */
export interface CatalogueEntry {
  id: string;
  title: string;
  /** Region the plan governs (`甘肃省张掖市`), or null when unknown. */
  region: string | null;
  /** Five-year period (`十五五`), or null. */
  period: string | null;
  /** First and last year the plan covers, or null. */
  years: [number, number] | null;
  issuer: string | null;
  /** Site-relative URL of the plan's cover page. */
  url: string;
  /** Site-relative URL of the plan's full open-data JSON. */
  data: string;
  counts: { chapters: number; tables: number; columns: number };
}

/** The catalogue document served at /data/plans.json. */
export interface Catalogue {
  schemaVersion: 2;
  /** In the order of `newestFirst`. */
  plans: CatalogueEntry[];
}

export function catalogue(plans: readonly Plan[]): Catalogue {
  return { schemaVersion: 2, plans: newestFirst(plans).map(catalogueEntry) };
}

/** Plans by last year, then first year, newest first, then by id; plans without years last. */
export function newestFirst(plans: readonly Plan[]): Plan[] {
  return [...plans].sort(compareNewestFirst);
}

function catalogueEntry(plan: Plan): CatalogueEntry {
  return {
    id: plan.id,
    title: plan.title,
    region: plan.region,
    period: plan.period,
    years: plan.years,
    issuer: plan.issuer,
    url: planPath(plan.id),
    data: planDataPath(plan.id),
    counts: { chapters: plan.chapters.length, tables: plan.tables.length, columns: plan.columns.length },
  };
}

/** Sorts a plan without years as if it ended in year 0, after every dated plan. */
const NO_YEARS: [number, number] = [0, 0];

function compareNewestFirst(a: Plan, b: Plan): number {
  const [aFrom, aTo] = a.years ?? NO_YEARS;
  const [bFrom, bTo] = b.years ?? NO_YEARS;
  return bTo - aTo || bFrom - aFrom || a.id.localeCompare(b.id);
}
