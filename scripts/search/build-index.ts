/**
 * The last step of `npm run build`, after `astro build`: the search index and the search's
 * browser modules, written into the built site. Any Pagefind error fails the build.
 *
 *   node scripts/search/build-index.ts
 *
 * Reads the ingest's plans from PLANPRESS_CONTENT_DIR (content/plans) and writes into
 * PLANPRESS_OUT_DIR (dist): search/pagefind/ (Pagefind's bundle and index), search/engine.js,
 * search/header-box.js, search/landing-highlight.js, search/variants.txt and search/frequent.txt.
 */
import { join } from 'node:path';
import { readPlans } from '../site/read-plans.ts';
import { contentDir, outDir } from '../../src/lib/build-env.ts';
import { PAGEFIND_DIR } from '../../src/search/search-paths.ts';
import { searchRecords } from './search-records.ts';
import { writeBrowserModules } from './write-browser-modules.ts';
import { writeFrequent } from './write-frequent.ts';
import { writeVariants } from './write-variants.ts';
import { writeSearchIndexShards } from './write-index.ts';

const started = performance.now();
const site = outDir();

// 1. One record per cover, chapter opening, section, table and column of every plan.
const records = readPlans(contentDir()).flatMap(searchRecords);

// 2. Pagefind's index of them, one word per character, in shards of whole plans past MAX_RECORDS_PER_INDEX.
const shards = await writeSearchIndexShards(records, join(site, PAGEFIND_DIR));

// 3. The engine that queries it, and the UI modules pages load on demand.
await writeBrowserModules(site);

// 4. The traditional ↔ simplified table the engine folds queries with, for this corpus only.
const variants = writeVariants(records, site);

// 5. The corpus's frequent characters, so that a first page probes the index with a query's rarest pair.
writeFrequent(records, site);

console.log(
  `search: ${records.length} records indexed into ${join(site, PAGEFIND_DIR)}${shards > 1 ? ` and ${shards - 1} more shard(s) beside it` : ''}, ${variants / 2} character variants, in ${Math.round(performance.now() - started)} ms`,
);
