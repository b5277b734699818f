/**
 * PlanPress search, served as the ES module /search/engine.js: `search(query, options)` finds
 * every section, table and column whose text contains the query's characters, the way Ctrl+F
 * would (whitespace ignored, full- and half-width alike), and only those.
 *
 * Pagefind finds the candidates: the index holds one word per character (./tokens.ts), and the
 * query is sent as an exact phrase of those words. Each candidate is then checked against its
 * text, because Pagefind ignores punctuation and case, and ranked: the query exactly as typed
 * first, then a match in the heading, then more matches, then reading order.
 */
import { planPath } from '../lib/paths.ts';
import { excerptHtml } from './excerpt.ts';
import { findMatches, fold } from './fold.ts';
import { loadFrequent } from './load-frequent.ts';
import { loadVariants } from './load-variants.ts';
import { probeQuery } from './probe-query.ts';
import { checkInPages, type ResultPage } from './result-pages.ts';
import { exactQuery, indexedText } from './tokens.ts';

/** A Pagefind filter value: one value, all of several, or any of several. */
export type FilterValue = string | string[] | { any: string[] };

export interface SearchOptions {
  /** Restrict results by `plan` (title), `period`, `region` or `kind` (`正文`, `指标表`, `专栏`…). */
  filters?: Record<string, FilterValue>;
  /**
   * At most this many results, from the first candidates Pagefind ranks, fetched a batch at a
   * time: a one-character query (`教`) shows its first results without loading every passage.
   * They are ranked among themselves; call again without a limit for all of them.
   */
  limit?: number;
}

export interface PageOptions {
  /** As for `search()`. */
  filters?: Record<string, FilterValue>;
  /** Results a page: candidates are checked this many at a time until the page is full. Default 10. */
  pageSize?: number;
}

export type { ResultPage };

export interface SearchResult {
  /** Absolute URL of the place: the chapter page and the section, table or column anchor. */
  url: string;
  /** Its heading: `二、聚力构建优质均衡的基本公共教育服务体系`, `表1  …`, `专栏3 …`. */
  title: string;
  /** A passage around the first match, HTML-escaped, each match in `<mark>`. */
  excerpt: string;
  /** The plan's title. */
  plan: string;
  planId: string;
  /** Absolute URL of the plan's cover. */
  planUrl: string;
  /** Where the place stands: its groups' and chapter's numbered titles joined by ` › `, or '' for the plan's cover. */
  chapter: string;
  /** `正文`, `指标表`, `任务清单`, `表格` or `专栏`. */
  kind: string;
  period: string | null;
  region: string | null;
  /** How many times the query occurs in the text. */
  matches: number;
  /** True when the text holds the query exactly as typed, not only folded. */
  exact: boolean;
}

/** What Pagefind returns for a result's `data()`; only what the engine reads. */
interface PagefindFragment {
  raw_url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface PagefindResult {
  /** The fragment's id, a hash of its content: the same in one index and in merged shards. */
  id: string;
  /** Positions of the words matched. */
  words: number[];
  data(): Promise<PagefindFragment>;
}

interface PagefindModule {
  init(): Promise<void>;
  mergeIndex(indexPath: string): Promise<void>;
  preload(term: string): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, FilterValue> },
  ): Promise<{
    results: PagefindResult[];
  }>;
}

let pagefind: Promise<PagefindModule> | undefined;

/** Pagefind's own module, beside this one, loaded on the first search, with the index's other shards merged in. */
function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= (async () => {
    // A large site's index is written in shards (scripts/search/write-index.ts), listed beside the first;
    // the list is fetched alongside the runtime, not after it, to save a round trip on a slow network.
    const [module, listed] = await Promise.all([
      import(/* @vite-ignore */ new URL('./pagefind/pagefind.js', import.meta.url).href) as Promise<PagefindModule>,
      fetch(new URL('./pagefind/shards.json', import.meta.url)).then((response) =>
        response.ok ? (response.json() as Promise<string[]>) : [],
      ),
      loadVariants(new URL('./variants.txt', import.meta.url)),
      loadFrequent(new URL('./frequent.txt', import.meta.url)),
    ]);
    await Promise.all(listed.map((path) => module.mergeIndex(new URL(path, import.meta.url).href)));
    return module;
  })();
  return pagefind;
}

/**
 * Loads Pagefind and its index metadata ahead of a first search, as when a search box gets focus;
 * given the query being typed, also the index chunks its first page will need.
 */
export async function preload(query?: string): Promise<void> {
  const pagefindModule = await loadPagefind();
  await pagefindModule.init();
  const probe = query ? probeQuery(query) : null;
  if (probe) await pagefindModule.preload(probe);
}

/** Every place whose text contains the query, best first. An empty query finds nothing. */
export async function search(query: string, options: SearchOptions = {}): Promise<SearchResult[]> {
  if (!query.trim()) return [];
  const pagefindModule = await loadPagefind();
  if (!fold(query)) return [];
  // A query of punctuation alone has no word to look up: every record is a candidate.
  const { results } = await pagefindModule.search(exactQuery(query), { filters: options.filters ?? {} });
  const limit = options.limit ?? Infinity;
  const batch = Number.isFinite(limit) ? limit : results.length;
  const ranked: Ranked[] = [];
  for (let start = 0; start < results.length && ranked.length < limit; start += batch) {
    const fragments = await Promise.all(results.slice(start, start + batch).map((result) => result.data()));
    for (const fragment of fragments) {
      const result = checkedResult(fragment, query);
      if (result) ranked.push(result);
    }
  }
  ranked.sort(byRank);
  return ranked.slice(0, limit).map(({ result }) => result);
}

/**
 * The results a page at a time, for a first screen that loads only its own fragments: candidates
 * are checked in an order of their own (more matches first), each page ranked among itself, and
 * each page says how many were checked and how many results there are, estimated until `done`.
 * The pages are the same over one index and over merged shards. An empty query yields one empty page.
 *
 *   for await (const page of searchPages('学前教育')) { show(page.results); if (enough) break; }
 */
export async function* searchPages(query: string, options: PageOptions = {}): AsyncGenerator<ResultPage<SearchResult>> {
  const nothing: ResultPage<SearchResult> = { results: [], checked: 0, candidates: 0, found: 0, total: 0, done: true };
  if (!query.trim()) {
    yield nothing;
    return;
  }
  const pagefindModule = await loadPagefind();
  if (!fold(query)) {
    yield nothing;
    return;
  }
  // Candidates by the query's rarest pair of characters: fewer index chunks to load, and the check is on the whole query.
  const { results } = await pagefindModule.search(probeQuery(query), { filters: options.filters ?? {} });
  const check = async (batch: PagefindResult[]) =>
    (await Promise.all(batch.map((candidate) => candidate.data()))).map((fragment) => checkedResult(fragment, query));
  for await (const page of checkInPages(results, check, byRank, options.pageSize ?? 10)) {
    yield { ...page, results: page.results.map(({ result }) => result) };
  }
}

type Ranked = NonNullable<ReturnType<typeof checkedResult>>;

/** Exactly as typed first, then a match in the heading, then more matches, then reading order. */
function byRank(a: Ranked, b: Ranked): number {
  return (
    Number(b.result.exact) - Number(a.result.exact) ||
    Number(b.inTitle) - Number(a.inTitle) ||
    b.result.matches - a.result.matches ||
    a.order - b.order
  );
}

/** The result for a candidate whose text really contains the query, or null. */
function checkedResult(fragment: PagefindFragment, query: string): { result: SearchResult; inTitle: boolean; order: number } | null {
  const text = indexedText(fragment.content);
  const matches = findMatches(text, query);
  if (matches.length === 0) return null;
  const { meta, filters } = fragment;
  const title = meta.title ?? '';
  return {
    result: {
      url: new URL(fragment.raw_url, import.meta.url).href,
      title,
      excerpt: excerptHtml(text, matches),
      plan: meta.plan ?? '',
      planId: meta.planId ?? '',
      planUrl: new URL(planPath(meta.planId ?? ''), import.meta.url).href,
      chapter: meta.chapter ?? '',
      kind: meta.kind ?? '',
      period: filters.period?.[0] ?? null,
      region: filters.region?.[0] ?? null,
      matches: matches.length,
      exact: text.includes(query.trim()),
    },
    inTitle: findMatches(title, query).length > 0,
    order: Number(meta.order),
  };
}
