/** The built search index: it holds the text the pages show at each record's place, all of it, with Pagefind pinned. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { searchRecords } from '../../scripts/search/search-records.ts';
import { fold } from '../../src/search/fold.ts';
import { ENGINE_PATH, PAGEFIND_DIR } from '../../src/search/search-paths.ts';
import { builtSites, readPage, selectOne, textOf } from '../site/built-site.ts';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };

describe.each(builtSites())('%s', (_, { contentDir, distDir }) => {
  const records = readPlans(contentDir).flatMap(searchRecords);
  /** The folded text of the element a record's URL points at: its anchor, or the page's main content. */
  const textAt = (url: string) => {
    const [path, anchor] = url.split('#') as [string, string | undefined];
    const page = readPage(distDir, path);
    return fold(textOf(anchor ? selectOne(`[id="${anchor}"]`, page, url) : selectOne('main', page, url)));
  };

  test('every line a record indexes is on its page, inside the element its URL points at', () => {
    for (const record of records) {
      const shown = textAt(record.url);
      for (const line of record.text.split('\n')) expect(shown, `${record.url}: ${line}`).toContain(fold(line));
    }
  });

  test('every paragraph on a chapter page is indexed, in the record of its section', () => {
    const byUrl = new Map(records.map((record) => [record.url, fold(record.text)]));
    for (const record of records.filter((candidate) => /\/\d+\/(#s\d+)?$/.test(candidate.url))) {
      const path = record.url.split('#')[0]!;
      const section = record.url.includes('#') ? record.url.split('#s')[1] : '0';
      for (const paragraph of selectAll(`[id^="s${section}-p"]`, readPage(distDir, path))) {
        expect(byUrl.get(record.url), `${path}#${String(paragraph.properties.id)}`).toContain(fold(textOf(paragraph)));
      }
    }
  });

  test('the index holds every record, written by the pinned Pagefind beside the engine', () => {
    const entry = JSON.parse(readFileSync(join(distDir, PAGEFIND_DIR, 'pagefind-entry.json'), 'utf8')) as {
      version: string;
      languages: Record<string, { page_count: number }>;
    };
    // The tokenisation relies on how this exact version builds words: a range could bring another.
    expect(packageJson.devDependencies.pagefind).toBe(entry.version);
    expect(entry.languages).toEqual({ und: expect.objectContaining({ page_count: records.length }) });
    expect(existsSync(join(distDir, ENGINE_PATH))).toBe(true);
  });
});
