/**
 * Every URL and anchor the five plans were first published with (tests/fixtures/published-links/,
 * listed from plan.json by tests/ingest/published-links.ts) is on the built site: the page or file
 * exists, the anchor is on it, and a page, section or paragraph holds the text it held then.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { builtFile, readPage, selectOne, textOf } from './built-site.ts';

const fixtureDir = new URL('../fixtures/published-links/', import.meta.url);
const listings = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.tsv'))
  .map((name) => ({
    plan: name.replace(/\.tsv$/u, ''),
    links: readFileSync(new URL(name, fixtureDir), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [url = '', digest = ''] = line.split('\t');
        const [path = '', anchor = null] = url.split('#');
        return { url, path, anchor, digest };
      }),
  }));

/** The listing's digest: sha256 of the text without whitespace, 12 hex digits. */
const digestOf = (text: string) => createHash('sha256').update(text.replace(/\s+/gu, '')).digest('hex').slice(0, 12);

/** Anchors whose element holds exactly the listed text: sections (their heading) and paragraphs. */
const textAnchor = /^(?:s\d+|[sg]\d+-p\d+)$/u;

test('lists the five published plans', () => {
  expect(listings.map(({ plan }) => plan).sort()).toEqual([
    'baijiantan-2021-2025',
    'dongli-2021-2025',
    'shuanghe-2026-2030',
    'xiandaihua-2025',
    'zhangye-2026-2030',
  ]);
});

describe.each(listings)('$plan', ({ links }) => {
  const { distDir } = inject('plansSite');

  test('every published page and file exists', () => {
    const missing = [...new Set(links.map(({ path }) => path))].filter((path) => !existsSync(builtFile(distDir, path)));
    expect(missing).toEqual([]);
  });

  test('every published anchor is on its page', () => {
    const missing = links.filter(
      ({ anchor, path }) => anchor !== null && !readFileSync(builtFile(distDir, path), 'utf8').includes(` id="${anchor}"`),
    );
    expect(missing.map(({ url }) => url)).toEqual([]);
  });

  test('every page, section and paragraph holds the text it was published with', () => {
    const changed = links.flatMap(({ url, path, anchor, digest }) => {
      if (path.endsWith('.csv')) return [];
      const page = readPage(distDir, path);
      if (anchor === null) return digestOf(textOf(selectOne('h1', page))) === digest ? [] : [url];
      if (!textAnchor.test(anchor)) return [];
      const element = selectOne(`[id="${anchor}"]`, page, url);
      const text = element.tagName === 'section' ? textOf(selectOne('h2', element)) : textOf(element);
      return digestOf(text) === digest ? [] : [url];
    });
    expect(changed).toEqual([]);
  });
});
