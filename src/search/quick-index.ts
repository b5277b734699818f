/**
 * The first-page index, shared by the build (scripts/search/write-quick-index.ts) and the engine
 * (./quick-search.ts): for every character and every pair of adjacent characters of the records'
 * words (./tokens.ts), the records holding it, most occurrences first, then in reading order.
 *
 * A key's postings sit in one of the site's bucket files (`b/<n>.json`, by a hash of the key), up
 * to HEAD_POSTINGS of them; a longer list goes on in a tail file of its own (`t/<key>.json`),
 * fetched only for a later page. Each record's place and text, for the check, is a small file
 * (`r/<id / 1000>/<id>.json`), the id being its position in reading order across the site.
 * So a first page costs a bucket file per pair of the query and one record file per candidate
 * checked, whatever the size of the corpus.
 *
 * A one-character query has a file of its own (`c/<key>.json`): its key's entry and, for the first
 * LEAD_POSTINGS records, all its first page shows of them (a lead), so that its first page is one
 * file rather than one per record, and not the whole text of the longest sections, which hold the
 * character most often.
 */
import type { ExcerptWindow } from './excerpt.ts';

/** The first-page index, relative to the engine. */
export const QUICK_DIR = 'quick/';

/** Postings kept in a key's bucket entry: enough for a first page even when many candidates fail the check. */
export const HEAD_POSTINGS = 48;

/** Records of a character's file that come with their lead: the search page's first page (20). */
export const LEAD_POSTINGS = 20;

/** What the engine must know of a site's index before its first fetch; written into /search/engine.js at build. */
export interface QuickIndexShape {
  /** Bucket files, a power of two. */
  buckets: number;
  /** Records in the site, ids 0 … records − 1. */
  records: number;
}

/**
 * A key's postings as stored: groups of record ids sharing an occurrence count, most occurrences
 * first, `[count, id, +gap, +gap, …]`, ids ascending within a group, each after the first as its
 * distance from the one before (a common character's list shrinks to a third).
 */
export type Postings = number[][];

/** A bucket entry: how many records hold the key, and the first of them. */
export type BucketEntry = [total: number, head: Postings];

/** What a record file holds: where the place is, what the engine shows of it, and the text it checks. */
export interface QuickRecord {
  url: string;
  title: string;
  chapter: string;
  plan: string;
  planId: string;
  kind: string;
  /** Filter values, as Pagefind holds them. */
  filters: Record<string, string[]>;
  /** The text as Pagefind's fragment gives it back (`indexedText`): what the check reads. */
  text: string;
}

/**
 * What a one-character query's first page shows of a record holding the character, cut from its
 * text at build: its place, the passage around the character's first occurrence, and, over the
 * whole text, how often the character occurs and whether it occurs as typed (not only folded).
 */
export interface Lead extends Omit<QuickRecord, 'text'> {
  excerpt: ExcerptWindow;
  matches: number;
  exact: boolean;
}

/** A character's file: its bucket entry, and the leads of its first LEAD_POSTINGS records, in checking order. */
export type CharacterEntry = [total: number, head: Postings, leads: Lead[]];

/** The keys of a record's words with how often each occurs: every word, and every pair of adjacent words. */
export function keyCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [at, word] of words.entries()) {
    add(word);
    if (at + 1 < words.length) add(word + words[at + 1]);
  }
  return counts;
}

/** The keys that find a query's candidates: its word when it has one, else its pairs of adjacent words, each once. */
export function queryKeys(words: readonly string[]): string[] {
  if (words.length === 1) return [...words];
  return [...new Set(words.slice(1).map((word, at) => words[at] + word))];
}

/** The bucket a key lives in: FNV-1a of its UTF-16 units, modulo the (power of two) bucket count. */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash & (buckets - 1);
}

export function bucketPath(bucket: number): string {
  return `b/${bucket}.json`;
}

/** A key's tail file, named by its code points so that no two keys share one. */
export function tailPath(key: string): string {
  return `t/${codePoints(key)}.json`;
}

function codePoints(key: string): string {
  return [...key].map((character) => character.codePointAt(0)!.toString(16)).join('-');
}

/** Words in a key, as ./tokens.ts cuts them: a letter, digit or ideograph with the combining marks after it. */
function characterCount(key: string): number {
  return [...key].filter((character) => !/^\p{M}$/u.test(character)).length;
}

/** Whether a key is one word (a character), which has a character file, not a pair. */
export function isCharacterKey(key: string): boolean {
  return characterCount(key) === 1;
}

/** A character's file, named as its tail file is. */
export function characterPath(key: string): string {
  return `c/${codePoints(key)}.json`;
}

/** The character a character file (`<code points>.json`) is named for. */
export function characterOf(fileName: string): string {
  return String.fromCodePoint(
    ...fileName
      .replace(/\.json$/u, '')
      .split('-')
      .map((hex) => Number.parseInt(hex, 16)),
  );
}

export function recordPath(id: number): string {
  return `r/${Math.floor(id / 1000)}/${id}.json`;
}

/** Postings as [count, id] pairs, in checking order. */
export function postingPairs(postings: Postings): [count: number, id: number][] {
  return postings.flatMap(([count, ...gaps]) => {
    let id = 0;
    return gaps.map((gap): [number, number] => [count!, (id += gap)]);
  });
}

/** [count, id] pairs, in any order, as postings in checking order: more occurrences first, then reading order. */
export function toPostings(pairs: readonly (readonly [number, number])[]): Postings {
  const sorted = [...pairs].sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const postings: Postings = [];
  let previous = 0;
  for (const [count, id] of sorted) {
    const last = postings.at(-1);
    if (last && last[0] === count) last.push(id - previous);
    else postings.push([count, id]);
    previous = id;
  }
  return postings;
}

/** Postings cut after `size` ids: the head a bucket entry holds, and the tail after it. */
export function splitPostings(postings: Postings, size = HEAD_POSTINGS): { head: Postings; tail: Postings } {
  if (postings.reduce((sum, group) => sum + group.length - 1, 0) <= size) return { head: postings, tail: [] };
  const pairs = postingPairs(postings);
  return { head: toPostings(pairs.slice(0, size)), tail: toPostings(pairs.slice(size)) };
}
