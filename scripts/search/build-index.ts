/**
 * The last step of `npm run build`, after `astro build`: the search index and the search's
 * browser modules, written into the built site. Any Pagefind error fails the build.
 *
 *   node scripts/search/build-index.ts
 *
 * Reads the ingest's plans from PLANPRESS_CONTENT_DIR (content/plans) and writes into
 * PLANPRESS_OUT_DIR (dist): search/pagefind/ (Pagefind's bundle and index), search/quick/ (the
 * first-page index), search/engine.js, search/header-box.js, search/landing-highlight.js,
 * search/search-page.js, search/variants.txt and search/characters.txt. A site built in shards
 * runs it over each shard, then scripts/search/merge-index.ts over their outputs.
 */
import { join } from 'node:path';
import { readPlans } from '../site/read-plans.ts';
import { contentDir, outDir } from '../../src/lib/build-env.ts';
import { PAGEFIND_DIR } from '../../src/search/search-paths.ts';
import { searchRecords } from './search-records.ts';
import { writeSearch } from './write-search.ts';

const started = performance.now();
const site = outDir();

// One record per cover, chapter opening, section, table and column of every plan.
const records = readPlans(contentDir()).flatMap(searchRecords);
const { bundles, quick, variants } = await writeSearch(records, site);

console.log(
  `search: ${records.length} records indexed into ${join(site, PAGEFIND_DIR)}${bundles > 1 ? ` and ${bundles - 1} more bundle(s) beside it` : ''}, first-page index in ${quick.buckets} buckets, ${variants} character variants, in ${Math.round(performance.now() - started)} ms`,
);
