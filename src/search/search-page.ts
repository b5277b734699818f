/**
 * The search page, /search/?q=… (served as /search/search-page.js): every result, grouped by
 * plan, with filters and their counts. The query and the chosen filters live in the URL, so a
 * search can be shared and reloaded.
 */
import type { ResultPage, SearchResult } from './engine.ts';
import { facetValues, passes, selectionFromParams, writeSelection, type FacetValue, type Selection } from './facets.ts';
import { fold } from './fold.ts';
import { groupByPlan } from './group-results.ts';
import { loadEngine, NO_ENGINE_MESSAGE } from './load-engine.ts';
import { renderGroups, renderNoResults } from './result-view.ts';
import { FACETS, QUERY_PARAM, type Facet } from './search-paths.ts';
import { loadSearchStyles } from './search-styles.ts';

const FACET_LABELS: Readonly<Record<Facet, string>> = { plan: '规划', period: '规划期', region: '地区', kind: '内容' };

interface PageParts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  /** Collapsed on a phone, so results come first; open where there is room beside them. */
  filters: HTMLDetailsElement;
  facets: HTMLElement;
  results: HTMLElement;
}

const WIDE_SCREEN = '(min-width: 60rem)';
/** Results a page: the first screen loads only these passages, at any size of site. */
const PAGE_SIZE = 20;

/** Runs the search page found in the document by its `data-search-*` parts. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const filters = document.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  const facets = document.querySelector<HTMLElement>('[data-search-facets]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  if (form && input && status && filters && facets && results) runSearchPage({ form, input, status, filters, facets, results });
}

function runSearchPage(parts: PageParts): void {
  const { form, input, status, filters, facets, results: resultsBox } = parts;
  loadSearchStyles();
  filters.open = matchMedia(WIDE_SCREEN).matches;
  let query = '';
  let selection: Selection = {};
  let results: SearchResult[] = [];
  /** The engine's pages of the current query, and where they have got to. */
  let pages: AsyncGenerator<ResultPage<SearchResult>> | undefined;
  let progress: Omit<ResultPage<SearchResult>, 'results'> | undefined;
  let latest = 0;

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    query = params.get(QUERY_PARAM) ?? '';
    selection = selectionFromParams(params);
    input.value = query;
  };
  const writeUrl = (how: 'push' | 'replace') => {
    const url = new URL(location.href);
    url.searchParams.set(QUERY_PARAM, query);
    writeSelection(url.searchParams, selection);
    history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url.pathname + url.search);
  };

  const draw = () => {
    const shown = results.filter((result) => passes(result, selection));
    const groups = groupByPlan(shown);
    const done = progress?.done ?? true;
    document.title = `“${query.trim()}” · 搜索 · PlanPress`;
    status.textContent =
      results.length === 0
        ? `没有找到“${query.trim()}”。`
        : done
          ? `“${query.trim()}”：${results.length} 处，分布在 ${groupByPlan(results).length} 部规划中${shown.length < results.length ? `；筛选后 ${shown.length} 处` : ''}。`
          : `“${query.trim()}”：约 ${progress!.total} 处（估计，核对完才是确数）；已列出最相关的 ${results.length} 处${shown.length < results.length ? `，筛选后 ${shown.length} 处` : ''}。`;
    facets.replaceChildren(...filterGroups(facetValues(results, selection)));
    const chosen = FACETS.reduce((sum, facet) => sum + (selection[facet]?.length ?? 0), 0);
    filters.querySelector('summary')!.textContent =
      `${chosen ? `筛选（已选 ${chosen} 项）` : '筛选'}${done ? '' : '：计数只含已列出的结果'}`;
    filters.hidden = results.length === 0;
    resultsBox.replaceChildren(results.length === 0 ? renderNoResults(query) : renderGroups(groups, { query, headingLevel: 2 }));
    if (!done) resultsBox.append(moreButton(() => void more(latest)));
  };

  /** The next page of results, drawn below the ones shown. */
  const more = async (search: number) => {
    const next = await pages?.next();
    if (search !== latest || !next || next.done) return;
    const { results: page, ...rest } = next.value;
    results = [...results, ...page];
    progress = rest;
    draw();
  };

  /** Every remaining page, for a filter to count and narrow all the results. */
  const rest = async () => {
    const search = latest;
    while (!(progress?.done ?? true) && search === latest) await more(search);
  };

  const run = async () => {
    const search = ++latest;
    void pages?.return(undefined);
    pages = undefined;
    progress = undefined;
    results = [];
    resultsBox.replaceChildren();
    filters.hidden = true;
    if (!fold(query)) {
      status.textContent = '输入要找的字词：政策术语、指标名称、地名或数字都可以，如“双减”“学前三年毛入园率”“99.54%”。';
      return;
    }
    status.textContent = '正在搜索…';
    const engine = await loadEngine().catch(() => null);
    if (!engine) {
      status.textContent = NO_ENGINE_MESSAGE;
      return;
    }
    if (search !== latest) return;
    pages = engine.searchPages(query, { pageSize: PAGE_SIZE });
    await more(search);
    // A filter chosen in the URL narrows every result, so they are all checked first.
    if (FACETS.some((facet) => selection[facet]?.length)) await rest();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    query = input.value;
    writeUrl('push');
    void run();
  });
  facets.addEventListener('change', () => {
    selection = Object.fromEntries(
      FACETS.map((facet) => [
        facet,
        [...facets.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map((box) => box.value),
      ]),
    );
    writeUrl('replace');
    draw();
    void rest();
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void run();
  });
  readUrl();
  void run();
}

function moreButton(onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'search-more';
  button.textContent = `再列出 ${PAGE_SIZE} 处`;
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = '正在核对…';
    onClick();
  });
  return button;
}

/** One fieldset of checkboxes per facet that can tell results apart (two values or more, or one chosen). */
function filterGroups(values: Record<Facet, FacetValue[]>): HTMLFieldSetElement[] {
  return FACETS.filter((facet) => values[facet].length > 1 || values[facet].some((value) => value.selected)).map((facet) => {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = FACET_LABELS[facet];
    fieldset.append(legend);
    for (const { value, count, selected } of values[facet]) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value;
      box.checked = selected;
      const countText = document.createElement('span');
      countText.className = 'filter-count';
      countText.textContent = String(count);
      label.append(box, ` ${value} `, countText);
      fieldset.append(label);
    }
    return fieldset;
  });
}
