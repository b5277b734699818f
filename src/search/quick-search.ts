/**
 * The engine's side of the first-page index (./quick-index.ts): a query's candidates from the
 * bucket files of its keys (a one-character query's from its character file, with the leads of
 * its first records), in checking order, and each candidate's record, fetched when checked.
 * Files are fetched once and kept for the page's life.
 */
import type { FilterValue } from './engine.ts';
import {
  bucketOf,
  bucketPath,
  characterPath,
  isCharacterKey,
  postingPairs,
  QUICK_DIR,
  queryKeys,
  recordPath,
  tailPath,
  type BucketEntry,
  type CharacterEntry,
  type Lead,
  type Postings,
  type QuickIndexShape,
  type QuickRecord,
} from './quick-index.ts';
import type { CandidateStream } from './result-pages.ts';

/** Written in by the search build step (scripts/search/write-browser-modules.ts). */
declare const __QUICK_INDEX__: QuickIndexShape;

const shape: QuickIndexShape = typeof __QUICK_INDEX__ === 'undefined' ? { buckets: 1, records: 0 } : __QUICK_INDEX__;
const base = new URL(QUICK_DIR, import.meta.url);
const files = new Map<string, Promise<unknown>>();
/**
 * Over HTTP/1.1, files are fetched with and without credentials by turns: a browser keeps the two
 * on separate connections, six each, so a page's ten record files arrive in one round trip, not
 * two; the index's files are public, so neither way changes what is served. Over HTTP/2 or 3, as
 * this module arrived, one connection carries them all, and a second would only cost its opening.
 */
const splitPools = !['h2', 'h3'].includes(protocolOf(import.meta.url));
let anonymous = false;

/** The protocol a resource of the page came over, '' when the browser does not say. */
function protocolOf(url: string): string {
  const [entry] = globalThis.performance?.getEntriesByName?.(url) ?? [];
  return entry && 'nextHopProtocol' in entry ? String(entry.nextHopProtocol) : '';
}

/** A file of the index; `optional`: a file that is missing (404) when the index has nothing there, read as undefined. */
function fetchJson<T>(path: string, optional = false): Promise<T> {
  let file = files.get(path);
  if (!file) {
    anonymous = splitPools && !anonymous;
    file = fetch(new URL(path, base), { credentials: anonymous ? 'omit' : 'same-origin' }).then((response) => {
      if (optional && response.status === 404) return undefined;
      if (!response.ok) throw new Error(`search: ${response.url} answered ${response.status}`);
      return response.json();
    });
    // A failed fetch is tried again next time rather than remembered.
    file.catch(() => files.delete(path));
    files.set(path, file);
  }
  return file as Promise<T>;
}

/** A key's entry: a character's from its own file (missing when no record holds it), a pair's from its bucket file. */
function keyEntry(key: string): Promise<BucketEntry | CharacterEntry | undefined> {
  if (isCharacterKey(key)) return fetchJson<CharacterEntry | undefined>(characterPath(key), true);
  return fetchJson<Record<string, BucketEntry>>(bucketPath(bucketOf(key, shape.buckets))).then((bucket) => bucket[key]);
}

/** Starts fetching the bucket files of a query's words, so that a search of them finds them on their way. */
export function prefetchKeys(words: readonly string[]): void {
  for (const key of queryKeys(words)) keyEntry(key).catch(() => undefined);
}

export function quickRecord(id: number): Promise<QuickRecord> {
  return fetchJson<QuickRecord>(recordPath(id));
}

/**
 * The candidates for a query's words, in checking order, which of them another key of the query
 * rules out unfetched, and, for a one-character query, the lead of each of its first records.
 */
export interface QuickCandidates extends CandidateStream<number> {
  ruledOut(id: number): boolean;
  lead(id: number): Lead | undefined;
}

/**
 * Every record holding the query's rarest key (the fewest records): more occurrences of it
 * first, then reading order. Its other keys whose postings are all in their bucket entry rule out
 * the candidates they do not list. No words: every record, in reading order.
 */
export async function quickCandidates(words: readonly string[]): Promise<QuickCandidates> {
  const noLeads = { ruledOut: () => false, lead: () => undefined };
  if (words.length === 0) return { ...rangeStream(shape.records), ...noLeads };
  const keys = queryKeys(words);
  const entries = await Promise.all(keys.map(keyEntry));
  if (entries.some((entry) => entry === undefined)) return { ...rangeStream(0), ...noLeads };
  const found = entries as (BucketEntry | CharacterEntry)[];
  const rarest = found.reduce((best, entry, at) => (entry[0] < found[best]![0] ? at : best), 0);
  const complete = found
    .filter((entry, at) => at !== rarest && postingPairs(entry[1]).length === entry[0])
    .map((entry) => new Set(postingPairs(entry[1]).map(([, id]) => id)));
  const [total, head, leads = []] = found[rarest]!;
  const leadOf = new Map(
    postingPairs(head)
      .slice(0, leads.length)
      .map(([, id], at) => [id, leads[at]!]),
  );
  return {
    ...postingStream(keys[rarest]!, [total, head]),
    ruledOut: (id) => complete.some((ids) => !ids.has(id)),
    lead: (id) => leadOf.get(id),
  };
}

function rangeStream(total: number): CandidateStream<number> {
  let taken = 0;
  return {
    total,
    take: async (count) => {
      const batch = Array.from({ length: Math.max(0, Math.min(count, total - taken)) }, (_, i) => taken + i);
      taken += batch.length;
      return batch;
    },
  };
}

/** A key's postings, its tail file fetched when the head runs out. */
function postingStream(key: string, [total, head]: BucketEntry): CandidateStream<number> {
  let ids = postingPairs(head).map(([, id]) => id);
  let taken = 0;
  return {
    total,
    take: async (count) => {
      if (taken + count > ids.length && ids.length < total) {
        ids = ids.concat(postingPairs(await fetchJson<Postings>(tailPath(key))).map(([, id]) => id));
      }
      const batch = ids.slice(taken, taken + count);
      taken += batch.length;
      return batch;
    },
  };
}

/** Whether a record's filter values pass Pagefind-style filters: a value, all of several, or any of several. */
export function passesFilters(values: Record<string, string[]>, filters: Record<string, FilterValue>): boolean {
  return Object.entries(filters).every(([facet, wanted]) => {
    const held = values[facet] ?? [];
    if (typeof wanted === 'string') return held.includes(wanted);
    if (Array.isArray(wanted)) return wanted.every((value) => held.includes(value));
    return wanted.any.length === 0 || wanted.any.some((value) => held.includes(value));
  });
}
