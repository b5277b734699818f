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
import { excerptHtml, windowHtml } from './excerpt.ts';
import { findMatches, fold } from './fold.ts';
import { loadVariants } from './load-variants.ts';
import type { Lead, QuickRecord } from './quick-index.ts';
import { passesFilters, prefetchKeys, quickCandidates, quickRecord } from './quick-search.ts';
import { checkInPages, type ResultPage } from './result-pages.ts';
import { exactQuery, indexedText, queryWords } from './tokens.ts';

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
      variantsLoaded(),
    ]);
    await Promise.all(listed.map((path) => module.mergeIndex(new URL(path, import.meta.url).href)));
    return module;
  })();
  return pagefind;
}

function variantsLoaded(): Promise<void> {
  return loadVariants(new URL('./variants.txt', import.meta.url));
}

/**
 * Starts loading what a first page of results needs ahead of it, as when a search box gets focus
 * and the reader types: the first-page index files of the query being typed.
 */
export async function preload(query?: string): Promise<void> {
  if (query) prefetchKeys(queryWords(query));
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
      const result = checkedResult(placeOf(fragment), query);
      if (result) ranked.push(result);
    }
  }
  ranked.sort(byRank);
  return ranked.slice(0, limit).map(({ result }) => result);
}

/**
 * The results a page at a time, for a first screen that loads only what it shows: candidates come
 * from the first-page index (./quick-index.ts), not Pagefind, in an order of their own (more
 * occurrences of the query's rarest pair first, then reading order), each page ranked among
 * itself, and each page says how many were checked and how many results there are, estimated
 * until `done`. The pages are the same over one index and over merged shards. An empty query
 * yields one empty page.
 *
 *   for await (const page of searchPages('学前教育')) { show(page.results); if (enough) break; }
 */
export async function* searchPages(query: string, options: PageOptions = {}): AsyncGenerator<ResultPage<SearchResult>> {
  const nothing: ResultPage<SearchResult> = { results: [], checked: 0, candidates: 0, found: 0, total: 0, done: true };
  if (!query.trim()) {
    yield nothing;
    return;
  }
  const filters = options.filters ?? {};
  // Looked up as typed: the variant table maps only letters the corpus never prints (義 for 义), so
  // it can change a query only when one of its keys is missing; then it is loaded and the query folded again.
  let words = queryWords(query);
  let candidates = await quickCandidates(words);
  if (candidates.total === 0) {
    await variantsLoaded();
    const folded = queryWords(query);
    if (folded.join(' ') !== words.join(' ')) candidates = await quickCandidates((words = folded));
  }
  // A character typed as the index holds it is checked on the lead its file brings: no record file needed.
  const leadFits = words.length === 1 && query.trim() === words[0];
  const check = (batch: number[]) =>
    Promise.all(
      batch.map(async (id) => {
        if (candidates.ruledOut(id)) return null;
        const lead = leadFits ? candidates.lead(id) : undefined;
        if (lead) return passesFilters(lead.filters, filters) ? checkedLead(lead, id, query) : null;
        const record = await quickRecord(id);
        return passesFilters(record.filters, filters) ? checkedResult({ ...record, order: id }, query) : null;
      }),
    );
  for await (const page of checkInPages(candidates, check, byRank, options.pageSize ?? 10)) {
    yield { ...page, results: page.results.map(({ result }) => result) };
  }
}

type Ranked = Checked;

/** Exactly as typed first, then a match in the heading, then more matches, then reading order. */
function byRank(a: Ranked, b: Ranked): number {
  return (
    Number(b.result.exact) - Number(a.result.exact) ||
    Number(b.inTitle) - Number(a.inTitle) ||
    b.result.matches - a.result.matches ||
    (a.order < b.order ? -1 : a.order > b.order ? 1 : 0)
  );
}

/** A candidate place, from a Pagefind fragment or a first-page index record: what a record file holds, and its reading order. */
interface Place extends QuickRecord {
  /** Reading order: the `order` meta (plan id, then place in the plan) or the record's id, both in reading order. */
  order: string | number;
}

function placeOf({ raw_url, content, meta, filters }: PagefindFragment): Place {
  return {
    url: raw_url,
    title: meta.title ?? '',
    chapter: meta.chapter ?? '',
    plan: meta.plan ?? '',
    planId: meta.planId ?? '',
    kind: meta.kind ?? '',
    filters,
    text: indexedText(content),
    order: meta.order ?? '',
  };
}

interface Checked {
  result: SearchResult;
  inTitle: boolean;
  order: string | number;
}

/** The result for a candidate whose text really contains the query, or null. */
function checkedResult(place: Place, query: string): Checked | null {
  const matches = findMatches(place.text, query);
  if (matches.length === 0) return null;
  return checked(place, query, excerptHtml(place.text, matches), matches.length, place.text.includes(query.trim()), place.order);
}

/**
 * The result for a one-character query from a record's lead: the passage around the character's
 * first occurrence is checked here, and the count and exactness over the whole text were taken at
 * build, from the same text; the excerpt is the one the whole text gives.
 */
function checkedLead(lead: Lead, id: number, query: string): Checked | null {
  const inPassage = findMatches(lead.excerpt.text, query);
  if (inPassage.length === 0) return null;
  return checked(lead, query, windowHtml(lead.excerpt, inPassage), lead.matches, lead.exact, id);
}

function checked(
  place: Omit<QuickRecord, 'text'>,
  query: string,
  excerpt: string,
  matches: number,
  exact: boolean,
  order: string | number,
): Checked {
  const { title, filters } = place;
  return {
    result: {
      url: new URL(place.url, import.meta.url).href,
      title,
      excerpt,
      plan: place.plan,
      planId: place.planId,
      planUrl: new URL(planPath(place.planId), import.meta.url).href,
      chapter: place.chapter,
      kind: place.kind,
      period: filters.period?.[0] ?? null,
      region: filters.region?.[0] ?? null,
      matches,
      exact,
    },
    inTitle: findMatches(title, query).length > 0,
    order,
  };
}
