/**
 * Writes the first-page index (src/search/quick-index.ts) of the search records into
 * `<site>/search/quick/`: a record file per record, every key's postings in bucket and tail files,
 * and `plans.json`, the plans in the order their records are numbered, which scripts/search/merge-index.ts
 * renumbers shards' records by.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { excerptWindow } from '../../src/search/excerpt.ts';
import { foldTracked, matchesIn, type FoldedText } from '../../src/search/fold.ts';
import {
  bucketOf,
  bucketPath,
  characterPath,
  HEAD_POSTINGS,
  isCharacterKey,
  keyCounts,
  LEAD_POSTINGS,
  postingPairs,
  recordPath,
  splitPostings,
  tailPath,
  type BucketEntry,
  type CharacterEntry,
  type Lead,
  type Postings,
  type QuickIndexShape,
  type QuickRecord,
} from '../../src/search/quick-index.ts';
import { indexContent, indexedText, queryWords } from '../../src/search/tokens.ts';
import { recordFilters } from './write-index.ts';
import type { SearchRecord } from './search-records.ts';

/**
 * A bucket file's size the bucket count aims at, before gzip (about a third of it on the wire): a
 * query of four characters fetches three, on the first page's critical path.
 */
const BUCKET_BYTES = 4_000;

/** The list of plans, `[planId, records]` in the order of the records' ids. */
export const PLANS_FILE = 'plans.json';

export type PlanCounts = [planId: string, records: number][];

/** What a record file holds for a search record. */
export function quickRecord(record: SearchRecord): QuickRecord {
  return {
    url: record.url,
    title: record.title,
    chapter: record.chapter,
    plan: record.plan.title,
    planId: record.plan.id,
    kind: record.kind,
    filters: recordFilters(record) as Record<string, string[]>,
    text: indexedText(indexContent(record.text)),
  };
}

/** What a one-character query's first page shows of a record holding the character `key` (src/search/quick-index.ts). */
export function leadOf({ text, ...place }: QuickRecord, key: string, folded = foldTracked(text)): Lead {
  const matches = matchesIn(folded, key);
  if (matches.length === 0) throw new Error(`search: record ${place.url} is listed under ${key} but does not contain it`);
  return { ...place, excerpt: excerptWindow(text, matches[0]), matches: matches.length, exact: text.includes(key) };
}

/** Writes the index of the records, numbered in their order, into `quickDir`; returns its shape. */
export function writeQuickIndex(records: readonly SearchRecord[], quickDir: string): QuickIndexShape {
  rmSync(quickDir, { recursive: true, force: true });
  // Per key, `id, count, id, count, …` in id order: flat arrays of small integers, compact in memory.
  const lists = new Map<string, number[]>();
  const plans: PlanCounts = [];
  for (const [id, record] of records.entries()) {
    const written = quickRecord(record);
    writeJson(join(quickDir, recordPath(id)), written);
    for (const [key, count] of keyCounts(queryWords(written.text))) {
      const list = lists.get(key);
      if (list) list.push(id, count);
      else lists.set(key, [id, count]);
    }
    const last = plans.at(-1);
    if (last && last[0] === record.plan.id) last[1]++;
    else plans.push([record.plan.id, 1]);
  }
  writeJson(join(quickDir, PLANS_FILE), plans);
  const buckets = bucketCount([...lists].map(([key, flat]): [string, number] => [key, flat.length / 2]));
  const postings = function* (): Generator<[string, Postings]> {
    for (const [key, flat] of lists) yield [key, postingsOfFlat(flat)];
  };
  writeEmptyBuckets(quickDir, buckets);
  writeKeys(postings(), quickDir, buckets);
  return { buckets, records: records.length };
}

/** Postings from `id, count, …` in id order: grouped by count, most first, ids staying in order. */
function postingsOfFlat(flat: readonly number[]): Postings {
  const groups = new Map<number, { postings: number[]; last: number }>();
  for (let i = 0; i < flat.length; i += 2) {
    const [id, count] = [flat[i]!, flat[i + 1]!];
    const group = groups.get(count);
    if (group) {
      group.postings.push(id - group.last);
      group.last = id;
    } else groups.set(count, { postings: [count, id], last: id });
  }
  return [...groups.keys()].sort((a, b) => b - a).map((count) => groups.get(count)!.postings);
}

/**
 * The power of two that keeps a bucket file near BUCKET_BYTES, from each key and how many records
 * hold it, so that shards merged (./merge-index.ts) count the same buckets as one build. Only
 * pairs are in buckets: a character has its own file.
 */
export function bucketCount(totals: Iterable<[key: string, total: number]>): number {
  let bytes = 0;
  for (const [key, total] of totals) if (!isCharacterKey(key)) bytes += key.length * 3 + 12 + Math.min(total, HEAD_POSTINGS) * 5;
  let buckets = 1;
  while (buckets * BUCKET_BYTES < bytes) buckets *= 2;
  return buckets;
}

/** Every bucket file, empty, so that a key no record holds is found missing, not a missing file. */
export function writeEmptyBuckets(quickDir: string, buckets: number): void {
  for (let bucket = 0; bucket < buckets; bucket++) writeJson(join(quickDir, bucketPath(bucket)), {});
}

/**
 * Writes keys' postings: the head into a pair's bucket file, or into a character's own file with
 * the leads of its first records (read from the record files, written before), and the rest into
 * the key's tail file. The keys given are every key of the buckets they fall in: those files are
 * written whole.
 */
export function writeKeys(keys: Iterable<[string, Postings]>, quickDir: string, buckets: number): void {
  const files = new Map<number, [string, BucketEntry][]>();
  const readRecord = recentRecords(quickDir);
  for (const [key, postings] of keys) {
    const { head, tail } = splitPostings(postings, HEAD_POSTINGS);
    const total = postings.reduce((sum, group) => sum + group.length - 1, 0);
    if (tail.length) writeJson(join(quickDir, tailPath(key)), tail);
    if (isCharacterKey(key)) {
      const leads = postingPairs(head)
        .slice(0, LEAD_POSTINGS)
        .map(([, id]) => {
          const { record, folded } = readRecord(id);
          return leadOf(record, key, folded);
        });
      writeJson(join(quickDir, characterPath(key)), [total, head, leads] satisfies CharacterEntry);
      continue;
    }
    const bucket = bucketOf(key, buckets);
    const entries = files.get(bucket);
    if (entries) entries.push([key, [total, head]]);
    else files.set(bucket, [[key, [total, head]]]);
  }
  for (const [bucket, entries] of files) {
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    writeJson(join(quickDir, bucketPath(bucket)), Object.fromEntries(entries));
  }
}

/** Records read back from their files, folded, the most recently used kept: the same long sections lead many characters. */
function recentRecords(quickDir: string, kept = 500): (id: number) => { record: QuickRecord; folded: FoldedText } {
  const recent = new Map<number, { record: QuickRecord; folded: FoldedText }>();
  return (id) => {
    let entry = recent.get(id);
    if (entry) recent.delete(id);
    else {
      const record = JSON.parse(readFileSync(join(quickDir, recordPath(id)), 'utf8')) as QuickRecord;
      entry = { record, folded: foldTracked(record.text) };
      if (recent.size >= kept) recent.delete(recent.keys().next().value!);
    }
    recent.set(id, entry);
    return entry;
  };
}

export function writeJson(file: string, value: unknown): void {
  const text = JSON.stringify(value);
  try {
    writeFileSync(file, text);
  } catch (error) {
    // Its folder made only when missing: tens of thousands of files share a few folders.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
