/**
 * Everything the search step writes into a built site for some records: Pagefind's index, the
 * first-page index, the engine and UI modules, and the variant table. One site's step
 * (./build-index.ts), or one shard's, which ./merge-index.ts then merges.
 */
import { join } from 'node:path';
import { PAGEFIND_DIR, QUICK_INDEX_DIR } from '../../src/search/search-paths.ts';
import type { QuickIndexShape } from '../../src/search/quick-index.ts';
import type { SearchRecord } from './search-records.ts';
import { writeBrowserModules } from './write-browser-modules.ts';
import { writeSearchIndexShards } from './write-index.ts';
import { writeQuickIndex } from './write-quick-index.ts';
import { corpusCharacters, writeVariants } from './write-variants.ts';

export interface SearchOutput {
  /** Pagefind bundles written. */
  bundles: number;
  quick: QuickIndexShape;
  /** Pairs in the variant table. */
  variants: number;
}

export async function writeSearch(records: readonly SearchRecord[], site: string): Promise<SearchOutput> {
  // Pagefind's index, one word per character, in bundles of whole plans past MAX_RECORDS_PER_INDEX;
  // and while Pagefind's process writes it, the first-page index: a query's first results in a few
  // small files, whatever the corpus's size. Side by side they take the time of the longer (4 s of
  // a shard's 12 s, measured at 1,000 plans).
  let quick: QuickIndexShape | undefined;
  const bundles = await writeSearchIndexShards(records, join(site, PAGEFIND_DIR), {
    whileWriting: () => (quick = writeQuickIndex(records, join(site, QUICK_INDEX_DIR))),
  });
  if (!quick) throw new Error('writeSearch: the first-page index was not written');
  // The engine that queries both, built knowing the first-page index's shape, and the UI modules pages load on demand.
  await writeBrowserModules(site, quick);
  // The traditional ↔ simplified table the engine folds queries with, for this corpus only.
  const variants = writeVariants(corpusCharacters(records), site) / 2;
  return { bundles, quick, variants };
}
