/** Writes the Pagefind index of the search records: one custom record each, tokenised per character. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
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
  /** Position in reading order across the site, for ties in ranking. */
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

/** Indexes the records into `outputPath`; any Pagefind error throws, naming the record. */
export async function writeSearchIndex(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
    if (!index || errors.length) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    for (const [order, record] of records.entries()) {
      const added = await index.addCustomRecord({
        url: record.url,
        content: indexContent(record.text),
        language: LANGUAGE,
        meta: recordMeta(record, order),
        filters: recordFilters(record),
      });
      if (added.errors.length) throw new Error(`Pagefind refused the record ${record.url}: ${added.errors.join('; ')}`);
    }
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    for (const name of UNUSED_FILES) rmSync(join(outputPath, name), { force: true });
  } finally {
    await pagefind.close();
  }
}

function recordMeta(record: SearchRecord, order: number): RecordMeta & Record<string, string> {
  return {
    title: record.title,
    chapter: record.chapter,
    plan: record.plan.title,
    planId: record.plan.id,
    kind: record.kind,
    order: String(order),
  };
}

/** Filter values a reader sees; a plan without a period or region has no value for it. */
function recordFilters(record: SearchRecord): Partial<Record<Facet, string[]>> {
  const { title, period, region } = record.plan;
  return {
    plan: [title],
    kind: [record.kind],
    ...(period ? { period: [period] } : {}),
    ...(region ? { region: [region] } : {}),
  };
}
