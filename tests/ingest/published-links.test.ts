import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listPublishedLinks } from './published-links.ts';
import { ingestSource } from './run-ingest.ts';

const fixtures = new URL('../fixtures/published-links/', import.meta.url);

describe('links shared since the first publication', () => {
  it.each(readdirSync(fixtures).map((file) => file.replace(/\.tsv$/u, '')))(
    '%s: every URL and anchor still exists and holds the same text',
    (id) => {
      // URL and digest must match; the excerpt is there for a person reading the file.
      const key = (line: string) => line.split('\t').slice(0, 2).join('\t');
      const published = readFileSync(new URL(`${id}.tsv`, fixtures), 'utf8')
        .trimEnd()
        .split('\n');
      const now = new Set(listPublishedLinks(ingestSource(id).plan).map(key));
      const moved = published.filter((link) => !now.has(key(link)));
      expect(moved).toEqual([]);
      expect(published.length).toBeGreaterThan(80);
    },
  );
});
