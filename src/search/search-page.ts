/**
 * The search page, /search/?q=… (served as /search/search-page.js): every result, grouped by
 * plan, with filters and their counts. The query and the chosen filters live in the URL, so a
 * search can be shared and reloaded.
 */
import type { SearchResult } from './engine.ts';
import { facetValues, passes, selectionFromParams, writeSelection, type FacetValue, type Selection } from './facets.ts';
import { fold } from './fold.ts';
import { groupByPlan } from './group-results.ts';
import { loadEngine, NO_ENGINE_MESSAGE } from './load-engine.ts';

/** Results drawn first for a one-character query. */
const FIRST_RESULTS = 10;
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
    document.title = `“${query.trim()}” · 搜索 · PlanPress`;
    status.textContent =
      results.length === 0
        ? `没有找到“${query.trim()}”。`
        : `“${query.trim()}”：${results.length} 处，分布在 ${groupByPlan(results).length} 部规划中${shown.length < results.length ? `；筛选后 ${shown.length} 处` : ''}。`;
    facets.replaceChildren(...filterGroups(facetValues(results, selection)));
    const chosen = FACETS.reduce((sum, facet) => sum + (selection[facet]?.length ?? 0), 0);
    filters.querySelector('summary')!.textContent = chosen ? `筛选（已选 ${chosen} 项）` : '筛选';
    filters.hidden = results.length === 0;
    resultsBox.replaceChildren(results.length === 0 ? renderNoResults(query) : renderGroups(groups, { query, headingLevel: 2 }));
  };

  const run = async () => {
    const search = ++latest;
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
    // One character matches most passages: its first results are drawn before the rest load.
    if ([...fold(query)].length === 1) {
      const first = await engine.search(query, { limit: FIRST_RESULTS });
      if (search !== latest) return;
      results = first;
      draw();
      status.textContent += '（正在载入其余结果…）';
    }
    const found = await engine.search(query);
    if (search !== latest) return;
    results = found;
    draw();
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
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void run();
  });
  readUrl();
  void run();
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
