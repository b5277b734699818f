import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import type { Catalogue } from '../../src/lib/catalogue.ts';
import { CATALOGUE_DATA_PATH, planDataPath, planPath } from '../../src/lib/paths.ts';
import { builtPaths, builtSites, readJson } from './built-site.ts';

describe.each(builtSites())('%s', (_, { contentDir, distDir }) => {
  const plans = readPlans(contentDir);

  test.each(plans)('/data/plans/$id.json is the ingest’s plan.json, field for field', (plan) => {
    const written: unknown = JSON.parse(readFileSync(join(contentDir, plan.id, 'plan.json'), 'utf8'));
    expect(readJson(distDir, planDataPath(plan.id))).toStrictEqual(written);
  });

  test('/data/plans.json lists every plan with its counts and links that exist', () => {
    const { plans: entries } = readJson(distDir, CATALOGUE_DATA_PATH) as Catalogue;
    const built = new Set(builtPaths(distDir));
    expect(entries.map((entry) => entry.id).sort()).toEqual(plans.map((plan) => plan.id));
    for (const plan of plans) {
      const entry = entries.find((candidate) => candidate.id === plan.id);
      expect(entry).toMatchObject({
        title: plan.title,
        region: plan.region,
        years: plan.years,
        url: planPath(plan.id),
        data: planDataPath(plan.id),
        counts: { chapters: plan.chapters.length, tables: plan.tables.length, columns: plan.columns.length },
      });
      expect(built).toContain(entry?.url);
      expect(built).toContain(entry?.data);
    }
  });
});
