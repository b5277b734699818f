/** Where search lives in the built site (DESIGN.md, "Public URLs"). */

/** The search engine as an ES module: `search(query, options)`. A public URL. */
export const ENGINE_PATH = '/search/engine.js';

/** The search UI's modules, which every page's loader imports only when needed. */
export const HEADER_BOX_PATH = '/search/header-box.js';
export const LANDING_HIGHLIGHT_PATH = '/search/landing-highlight.js';
export const SEARCH_PAGE_PATH = '/search/search-page.js';

/** The search UI's styles, loaded with it. */
export const STYLES_PATH = '/search/search.css';

/** The variant table (`義义務务…`) the engine folds queries with, written by the search build step. */
export const VARIANTS_PATH = '/search/variants.txt';

/** Every character of the corpus, which the variant table is made for: read when shards' indexes are merged, not by the engine. */
export const CHARACTERS_PATH = '/search/characters.txt';

/** Pagefind's bundle (its JS, WebAssembly and index), loaded by the engine relative to itself. */
export const PAGEFIND_DIR = '/search/pagefind/';

/** The first-page index (src/search/quick-index.ts), loaded by the engine relative to itself. */
export const QUICK_INDEX_DIR = '/search/quick/';

/** The search page's query parameter: `/search/?q=…`. */
export const QUERY_PARAM = 'q';

/** On a page opened from a result, the query to highlight: `/plans/…/3/?hl=双减#s6`. */
export const HIGHLIGHT_PARAM = 'hl';

/** The facets a reader can filter results by, as named in the index. */
export const FACETS = ['plan', 'period', 'region', 'kind'] as const;
export type Facet = (typeof FACETS)[number];

/** What the search UI says when its modules are missing: the dev server, or a site built without its search step. */
export const NO_ENGINE_MESSAGE = '搜索需要先构建站点：开发服务器（npm run dev）没有搜索索引，请用 npm start 构建并预览。';
