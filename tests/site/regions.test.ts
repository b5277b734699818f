/** The lists split by region: reachable from the catalogue, linked to each other, and every plan a few clicks from `/`. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clicksFrom, pageLinks } from '../../scripts/site/reachability.ts';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { COLUMNS_PATH, indicatorPath, planPath, regionColumnsPath, regionPath } from '../../src/lib/paths.ts';
import { regionGroupOf } from '../../src/lib/regions/provinces.ts';
import { builtSites } from './built-site.ts';

/** The region slugs a list has pages for, from the built folders. */
function builtRegions(distDir: string, listDir: string): string[] {
  return readdirSync(join(distDir, listDir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe.each(builtSites())('%s', (_, { contentDir, distDir }) => {
  const plans = readPlans(contentDir);

  test('every plan’s cover is at most two clicks from the catalogue, and every region list is reached from it', () => {
    const clicks = clicksFrom(distDir);
    for (const plan of plans) expect(clicks.get(planPath(plan.id)), plan.id).toBeLessThanOrEqual(2);
    for (const slug of builtRegions(distDir, 'regions')) expect(clicks.has(regionPath(slug)), slug).toBe(true);
    for (const slug of builtRegions(distDir, 'columns/regions')) expect(clicks.has(regionColumnsPath(slug)), slug).toBe(true);
  });

  test('a region page lists its own plans, and links to the catalogue and to every other region', () => {
    const slugs = builtRegions(distDir, 'regions');
    expect(slugs.sort()).toEqual([...new Set(plans.map((plan) => regionGroupOf(plan.region).slug))].sort());
    for (const slug of slugs) {
      const links = pageLinks(distDir, regionPath(slug));
      const own = plans.filter((plan) => regionGroupOf(plan.region).slug === slug);
      for (const plan of own) expect(links, `${slug} → ${plan.id}`).toContain(planPath(plan.id));
      for (const plan of plans.filter((other) => !own.includes(other))) expect(links).not.toContain(planPath(plan.id));
      expect(links).toContain('/');
      for (const other of slugs) expect(links, `${slug} → ${other}`).toContain(regionPath(other));
    }
  });

  test('a region’s 专栏 page links to the whole index and to every other region’s', () => {
    const slugs = builtRegions(distDir, 'columns/regions');
    for (const slug of slugs) {
      const links = pageLinks(distDir, regionColumnsPath(slug));
      expect(links).toContain(COLUMNS_PATH);
      for (const other of slugs) expect(links).toContain(regionColumnsPath(other));
    }
  });

  test('an indicator’s region pages link back to the indicator, and the indicator page to each of them', () => {
    for (const indicator of readdirSync(join(distDir, 'indicators'), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const path = indicatorPath(indicator.name);
      const regions = builtRegions(distDir, `indicators/${indicator.name}/regions`);
      expect(regions.length, path).toBeGreaterThan(0);
      const links = pageLinks(distDir, path);
      for (const slug of regions) {
        expect(links, `${path} → ${slug}`).toContain(`${path}regions/${slug}/`);
        expect(pageLinks(distDir, `${path}regions/${slug}/`)).toContain(path);
      }
    }
  });
});
