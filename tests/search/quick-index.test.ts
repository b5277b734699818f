/** The first-page index on the real plans: it finds every record holding a query, and shards merged write the same index as one. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { globalIds, mergeQuickIndexes } from '../../scripts/search/merge-index.ts';
import { searchRecords } from '../../scripts/search/search-records.ts';
import { quickRecord, writeQuickIndex } from '../../scripts/search/write-quick-index.ts';
import { excerptHtml, windowHtml } from '../../src/search/excerpt.ts';
import { containsFolded, findMatches } from '../../src/search/fold.ts';
import {
  bucketOf,
  bucketPath,
  characterOf,
  characterPath,
  HEAD_POSTINGS,
  isCharacterKey,
  keyCounts,
  LEAD_POSTINGS,
  postingPairs,
  queryKeys,
  tailPath,
  type BucketEntry,
  type CharacterEntry,
  type Postings,
} from '../../src/search/quick-index.ts';
import { passesFilters } from '../../src/search/quick-search.ts';
import { queryWords } from '../../src/search/tokens.ts';
import { realPlans } from './real-plans.ts';

const plans = realPlans();
const records = plans.flatMap(searchRecords);
const root = mkdtempSync(join(tmpdir(), 'planpress-quick-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const oneDir = join(root, 'one');
const shape = writeQuickIndex(records, oneDir);

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

/** A key's entry as the engine reads it: a character's from its own file, a pair's from its bucket file. */
function entryOf(key: string): BucketEntry | undefined {
  if (isCharacterKey(key)) return readJson<CharacterEntry>(join(oneDir, characterPath(key))).slice(0, 2) as BucketEntry;
  return readJson<Record<string, BucketEntry>>(join(oneDir, bucketPath(bucketOf(key, shape.buckets))))[key];
}

/** A key's postings as the engine reads them: its entry, then its tail file. */
function postingsOf(key: string): [count: number, id: number][] {
  const entry = entryOf(key);
  if (!entry) return [];
  const head = postingPairs(entry[1]);
  const tail = head.length < entry[0] ? postingPairs(readJson<Postings>(join(oneDir, tailPath(key)))) : [];
  expect(head.length + tail.length).toBe(entry[0]);
  return [...head, ...tail];
}

describe('keys', () => {
  test('a record’s keys are its characters and pairs of adjacent characters, punctuation left out, with their counts', () => {
    const counts = keyCounts(queryWords('学前教育，学前三年'));
    expect(counts.get('学')).toBe(2);
    expect(counts.get('学前')).toBe(2);
    expect(counts.get('育学')).toBe(1);
    expect(counts.has('育，')).toBe(false);
  });

  test('a query is looked up by its character, or by each of its pairs once', () => {
    expect(queryKeys(queryWords('教'))).toEqual(['教']);
    expect(queryKeys(queryWords('９９．５４％'))).toEqual(['99', '95', '54']);
    expect(queryKeys(queryWords('学学学'))).toEqual(['学学']);
  });
});

describe('the index of the real plans', () => {
  test.each(['学前三年毛入园率', '学前 教育', '99.54%', '（二十四）', 'STEAM', '3+2', '张掖', '减'])(
    'every record holding %s is in the postings of each of its keys, most occurrences first, then in reading order',
    (query) => {
      const holding = records.flatMap((record, id) => (containsFolded(record.text, query) ? [id] : []));
      expect(holding.length).toBeGreaterThan(0);
      for (const key of queryKeys(queryWords(query))) {
        const postings = postingsOf(key);
        expect(postings.map(([, id]) => id)).toEqual(expect.arrayContaining(holding));
        expect(postings).toEqual(postings.toSorted((a, b) => b[0] - a[0] || a[1] - b[1]));
      }
    },
  );

  test('a common character’s postings go on in a tail file, past its entry’s head', () => {
    const entry = entryOf('的')!;
    expect(entry[0]).toBeGreaterThan(HEAD_POSTINGS);
    expect(postingPairs(entry[1])).toHaveLength(HEAD_POSTINGS);
  });

  test('bucket files hold pairs only: a character is looked up in its own file', () => {
    const keys = readdirSync(join(oneDir, 'b')).flatMap((name) =>
      Object.keys(readJson<Record<string, BucketEntry>>(join(oneDir, 'b', name))),
    );
    expect(keys.length).toBeGreaterThan(1000);
    expect(keys.filter(isCharacterKey)).toEqual([]);
  });

  test('a character’s file holds its bucket entry and, for its first records, what their first page shows', () => {
    const written = records.map(quickRecord);
    const characters = [...new Set(written.flatMap((record) => queryWords(record.text)))];
    expect(characters.length).toBeGreaterThan(1000);
    let leads = 0;
    for (const character of characters) {
      expect(isCharacterKey(character)).toBe(true);
      const [total, head, firstLeads] = readJson<CharacterEntry>(join(oneDir, characterPath(character)));
      const ids = postingPairs(head).map(([, id]) => id);
      expect(ids).toHaveLength(Math.min(HEAD_POSTINGS, total));
      expect(firstLeads).toHaveLength(Math.min(LEAD_POSTINGS, total));
      for (const [at, lead] of firstLeads.entries()) {
        // The lead gives what the whole text gives: the place, the excerpt with its marks, the count, exactness.
        const { text, ...place } = written[ids[at]!]!;
        const matches = findMatches(text, character);
        expect({ ...lead, excerpt: windowHtml(lead.excerpt, findMatches(lead.excerpt.text, character)) }).toEqual({
          ...place,
          excerpt: excerptHtml(text, matches),
          matches: matches.length,
          exact: text.includes(character),
        });
        leads++;
      }
    }
    expect(leads).toBeGreaterThan(10_000);
  }, 60_000);

  test('a pair has no character file', () => {
    expect(isCharacterKey('学前')).toBe(false);
    expect(isCharacterKey('𠀀')).toBe(true);
    expect(isCharacterKey('e\u0301')).toBe(true);
    expect(characterOf(characterPath('𠀀').slice('c/'.length))).toBe('𠀀');
  });

  test('a record file holds the place and the text as the check reads it', () => {
    const record = readJson<ReturnType<typeof quickRecord>>(join(oneDir, 'r/0/3.json'));
    expect(record).toEqual(quickRecord(records[3]!));
    expect(record.filters.plan).toEqual([records[3]!.plan.title]);
  });
});

describe('shards merged', () => {
  /** Every file under a folder, by path, with its bytes. */
  const tree = (dir: string): Record<string, string> =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((path) => statSync(join(dir, path)).isFile())
        .map((path) => [relative(dir, join(dir, path)), readFileSync(join(dir, path), 'utf8')]),
    );

  test('write the same index as one build of all the records, file for file', () => {
    // Plans dealt round into three shards, so that no shard's records are a run of the site's.
    const shardDirs = [0, 1, 2].map((shard) => {
      const dir = join(root, `shard-${shard}`);
      writeQuickIndex(plans.filter((_, i) => i % 3 === shard).flatMap(searchRecords), dir);
      return dir;
    });
    const mergedDir = join(root, 'merged');
    expect(mergeQuickIndexes(shardDirs, mergedDir)).toEqual(shape);
    expect(tree(mergedDir)).toEqual(tree(oneDir));
    // In passes over a share of the keys each, as a large site is merged in bounded memory.
    const inPasses = join(root, 'in-passes');
    expect(mergeQuickIndexes(shardDirs, inPasses, 20_000)).toEqual(shape);
    expect(tree(inPasses)).toEqual(tree(oneDir));
    // In as many passes as the site has buckets: more than any shard has, so a shard's bucket serves several passes.
    const shardBuckets = Math.max(...shardDirs.map((dir) => readdirSync(join(dir, 'b')).length));
    expect(shape.buckets).toBeGreaterThan(shardBuckets);
    const inManyPasses = join(root, 'in-many-passes');
    expect(mergeQuickIndexes(shardDirs, inManyPasses, 1)).toEqual(shape);
    expect(tree(inManyPasses)).toEqual(tree(oneDir));
  }, 60_000);

  test('a plan in two shards is an error', () => {
    expect(() =>
      globalIds([
        [['a', 2]],
        [
          ['a', 1],
          ['b', 1],
        ],
      ]),
    ).toThrow('plan a is in two shards');
    expect(globalIds([[['b', 2]], [['a', 1]]])).toEqual([[1, 2], [0]]);
  });
});

test('filters pass as Pagefind’s do: one value, all of several, any of several', () => {
  const values = { kind: ['专栏'], plan: ['甲'] };
  expect(passesFilters(values, {})).toBe(true);
  expect(passesFilters(values, { kind: '专栏' })).toBe(true);
  expect(passesFilters(values, { kind: '指标表' })).toBe(false);
  expect(passesFilters(values, { kind: ['专栏', '指标表'] })).toBe(false);
  expect(passesFilters(values, { kind: { any: ['专栏', '指标表'] } })).toBe(true);
  expect(passesFilters(values, { period: '十四五' })).toBe(false);
});
