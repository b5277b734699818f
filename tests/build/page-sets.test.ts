/**
 * Which plans each route renders decides what a sharded build's steps build: a plan's own pages
 * from `pagePlans` (none in the hub), the pages across plans from `listedPlans` (none in a shard).
 * A route that took its paths from `plans` would be built by every shard and the hub alike, and a
 * page across plans built in a shard would list only the shard's plans.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const PAGES = 'src/pages';
const routes = readdirSync(PAGES, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(astro|ts)$/u.test(entry.name))
  .map((entry) => relative(PAGES, join(entry.parentPath, entry.name)));
const contentImport = (file: string) =>
  /import \{([^}]*)\} from '(?:\.\.\/)+content\.ts'/u.exec(readFileSync(join(PAGES, file), 'utf8'))?.[1] ?? '';
/** A plan's own pages: the ones scripts/build/shard-outputs.ts takes from a shard. */
const ownPage = (file: string) => file.startsWith('plans/') || file.startsWith('data/plans/');

describe('the plans each route renders', () => {
  it('found the routes of both kinds', () => {
    expect(routes.filter(ownPage).length).toBeGreaterThan(5);
    expect(routes.filter((file) => !ownPage(file) && contentImport(file)).length).toBeGreaterThan(5);
  });

  it('a plan’s own pages take their paths from pagePlans', () => {
    for (const file of routes.filter(ownPage)) expect(contentImport(file), file).toMatch(/\bpagePlans\b/u);
  });

  it('the pages across plans list listedPlans, never every loaded plan', () => {
    for (const file of routes.filter((route) => !ownPage(route) && contentImport(route))) {
      expect(contentImport(file), file).toMatch(/\blistedPlans\b/u);
      expect(contentImport(file), file).not.toMatch(/(?<!listed|page)\bplans\b/u);
    }
  });
});
