/** Writes the Pagefind index of the search records: one custom record each, tokenised per character. */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Facet } from '../../src/search/search-paths.ts';
import { indexContent } from '../../src/search/tokens.ts';
import type { SearchRecord } from './search-records.ts';

/** No language: Pagefind must neither stem nor segment, the tokens are already cut. */
const LANGUAGE = 'und';

/** What the engine reads back from each result's fragment, besides its content. */
export interface RecordMeta {
  title: string;
  chapter: string;
  /** The plan's title. */
  plan: string;
  planId: string;
  kind: string;
  /**
   * Position in reading order across the site, for ties in ranking: the plan's id and the record's
   * place in its plan (`anqing-2018 00012`), compared as strings, so that it is the same whichever
   * index shard the record was indexed in.
   */
  order: string;
}

/** Files Pagefind writes for its own UIs, which this site does not load. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Most records one Pagefind index holds. Pagefind builds an index in memory, about 0.2 MB per
 * record at its peak (5.7 GB for the 30,000 records of 1,000 plans, measured by `npm run bench`),
 * so a larger site is indexed in shards of whole plans, written one after another, which the
 * engine searches together with Pagefind's `mergeIndex`.
 */
export const MAX_RECORDS_PER_INDEX = 8000;

/** Name of the list, in the first bundle, of the other bundles' paths relative to the engine. */
export const SHARDS_FILE = 'shards.json';

/**
 * Indexes the records into `site`: the first shard at `<site><PAGEFIND_DIR>`, the others beside it
 * (`/search/pagefind-1/`, …), each at most `maxRecords` records of whole plans, in reading order.
 */
export async function writeSearchIndexShards(
  records: readonly SearchRecord[],
  bundleDir: string,
  { maxRecords = MAX_RECORDS_PER_INDEX, whileWriting }: { maxRecords?: number; whileWriting?: () => void } = {},
): Promise<number> {
  const shards = splitByPlan(records, maxRecords);
  const others = shards.slice(1).map((_, i) => `${bundleDir.replace(/\/+$/u, '')}-${i + 1}`);
  for (const stale of staleShards(bundleDir)) rmSync(stale, { recursive: true, force: true });
  for (const [i, shard] of shards.entries()) {
    const last = i === shards.length - 1;
    await writeSearchIndex(shard, i === 0 ? bundleDir : others[i - 1]!, last ? whileWriting : undefined);
  }
  const relative = others.map((dir) => `./${basename(dir)}/`);
  writeFileSync(join(bundleDir, SHARDS_FILE), `${JSON.stringify(relative)}\n`);
  return shards.length;
}

/** Consecutive records, a plan never split, at most `maxRecords` a shard unless one plan has more. */
export function splitByPlan(records: readonly SearchRecord[], maxRecords: number): SearchRecord[][] {
  const shards: SearchRecord[][] = [[]];
  for (const [i, record] of records.entries()) {
    const current = shards.at(-1)!;
    const newPlan = i > 0 && records[i - 1]!.plan.id !== record.plan.id;
    if (newPlan && current.length + planSize(records, i) > maxRecords && current.length > 0) shards.push([record]);
    else current.push(record);
  }
  return shards;
}

function planSize(records: readonly SearchRecord[], start: number): number {
  let end = start;
  while (end < records.length && records[end]!.plan.id === records[start]!.plan.id) end++;
  return end - start;
}

/** Shard folders of an earlier build (`pagefind-3/` when this one writes two). */
function staleShards(bundleDir: string): string[] {
  const parent = dirname(bundleDir);
  const name = basename(bundleDir);
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((entry) => new RegExp(`^${name}-\\d+$`, 'u').test(entry))
    .map((entry) => join(parent, entry));
}

/**
 * Indexes the records into `outputPath`; any Pagefind error throws, naming the record.
 * `whileWriting` runs once the records are in, while Pagefind's own process builds and writes the
 * index: work of this process's that needs no answer from it uses the other core meanwhile.
 */
export async function writeSearchIndex(records: readonly SearchRecord[], outputPath: string, whileWriting?: () => void): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
    if (!index || errors.length) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    const orders = orderKeys(records);
    for (const [i, record] of records.entries()) {
      const added = await index.addCustomRecord({
        url: record.url,
        content: indexContent(record.text),
        language: LANGUAGE,
        meta: recordMeta(record, orders[i]!),
        filters: recordFilters(record),
      });
      if (added.errors.length) throw new Error(`Pagefind refused the record ${record.url}: ${added.errors.join('; ')}`);
    }
    rmSync(outputPath, { recursive: true, force: true });
    const writing = index.writeFiles({ outputPath });
    // Should `whileWriting` throw, Pagefind's answer must not be left a rejection nobody awaits.
    writing.catch(() => undefined);
    whileWriting?.();
    const written = await writing;
    if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    for (const name of UNUSED_FILES) rmSync(join(outputPath, name), { force: true });
  } finally {
    await pagefind.close();
  }
}

/** Each record's `order`: its plan's id, then its place among its plan's records (records of a plan are consecutive). */
export function orderKeys(records: readonly SearchRecord[]): string[] {
  let position = 0;
  return records.map((record, i) => {
    position = i > 0 && records[i - 1]!.plan.id === record.plan.id ? position + 1 : 0;
    return `${record.plan.id} ${String(position).padStart(6, '0')}`;
  });
}

function recordMeta(record: SearchRecord, order: string): RecordMeta & Record<string, string> {
  return {
    title: record.title,
    chapter: record.chapter,
    plan: record.plan.title,
    planId: record.plan.id,
    kind: record.kind,
    order,
  };
}

/** Filter values a reader sees; a plan without a period or region has no value for it. */
export function recordFilters(record: SearchRecord): Partial<Record<Facet, string[]>> {
  const { title, period, region } = record.plan;
  return {
    plan: [title],
    kind: [record.kind],
    ...(period ? { period: [period] } : {}),
    ...(region ? { region: [region] } : {}),
  };
}
