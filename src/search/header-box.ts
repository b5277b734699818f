/**
 * The header search box, enhanced when it first gets focus (served as /search/header-box.js):
 * typing shows the best results grouped by plan in a list under it, arrow keys move through
 * them, Escape closes it, and Enter still submits the form to the search page with every result.
 */
import { fold } from './fold.ts';
import { groupByPlan } from './group-results.ts';
import { loadEngine, NO_ENGINE_MESSAGE } from './load-engine.ts';
import { renderGroups, renderNoResults } from './result-view.ts';
import { QUERY_PARAM } from './search-paths.ts';
import { loadSearchStyles } from './search-styles.ts';

const DEBOUNCE_MS = 150;
/** One character is in nearly every section: the box shows its first few results, the search page all of them. */
const MIN_CHARACTERS = 2;
const PER_PLAN = 3;
/** Results shown for a one-character query, before the search page's full list. */
const FIRST_RESULTS = 6;
/** Results listed under the box for a longer query; the search page pages through the rest. */
const FIRST_PAGE = 10;

export function enhanceSearchBox(form: HTMLFormElement, input: HTMLInputElement): void {
  loadSearchStyles();
  const { panel, status, list } = resultsPanel();
  form.append(panel);
  input.setAttribute('aria-controls', panel.id);

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const open = (message: string) => {
    status.textContent = message;
    panel.hidden = false;
    placePanel(form, panel);
  };
  const close = () => {
    latest++;
    panel.hidden = true;
    list.replaceChildren();
  };

  const update = async () => {
    const query = input.value;
    const search = ++latest;
    const length = [...fold(query)].length;
    if (length === 0) return close();
    list.replaceChildren();
    open('正在搜索…');
    // One character matches most passages: show its first few, and the search page has them all.
    const few = length < MIN_CHARACTERS;
    const engine = await loadEngine().catch(() => null);
    if (!engine) return open(NO_ENGINE_MESSAGE);
    // Only the first page: its fragments are all a first screen loads, at any size of site.
    const pages = engine.searchPages(query, { pageSize: few ? FIRST_RESULTS : FIRST_PAGE });
    const { value: page } = await pages.next();
    void pages.return(undefined);
    if (search !== latest || !page) return;
    const { results } = page;
    const groups = groupByPlan(results);
    if (few && results.length) {
      open(`含“${query.trim()}”的前 ${results.length} 处；按回车键，在搜索页查看全部。`);
      list.append(renderGroups(groups, { query, headingLevel: 3, perGroup: PER_PLAN }));
      return;
    }
    open(
      results.length === 0
        ? `没有找到“${query.trim()}”。`
        : page.done
          ? `${results.length} 处，分布在 ${groups.length} 部规划中`
          : `约 ${page.total} 处（估计），先列出最相关的 ${results.length} 处`,
    );
    list.append(results.length ? renderGroups(groups, { query, headingLevel: 3, perGroup: PER_PLAN }) : renderNoResults(query));
    // The search page has every result, and filters.
    if (results.length) list.append(allResultsLink(form, query, page.done ? String(page.total) : `约 ${page.total}`));
  };

  input.addEventListener('input', () => {
    // The index chunks load while the reader pauses, before the search itself starts.
    if ([...fold(input.value)].length >= MIN_CHARACTERS)
      // A failed preload costs nothing: the search itself reports what went wrong.
      void loadEngine()
        .then((engine) => engine.preload(input.value))
        .catch(() => undefined);
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  });
  form.addEventListener('keydown', (event) => moveThroughResults(event, form, input, close));
  // Close when focus or a tap goes elsewhere; a tap on a result must not close the list first
  // (iOS does not focus a tapped link, so the box loses focus to nothing).
  form.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !form.contains(event.relatedTarget)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Node && form.contains(event.target))) close();
  });
  void loadEngine().then(
    (engine) => engine.preload(),
    () => undefined,
  );
  // What was typed while this module loaded.
  if (input.value) void update();
}

/** The list under the box: a status line, read out as it changes, and the results. */
function resultsPanel(): { panel: HTMLElement; status: HTMLElement; list: HTMLElement } {
  const panel = document.createElement('div');
  panel.id = 'site-search-panel';
  panel.className = 'search-panel';
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('div');
  list.className = 'search-results';
  list.dataset.searchList = '';
  panel.append(status, list);
  return { panel, status, list };
}

/** The list is as wide as the screen allows, up to 36rem, under the box and never past the viewport's edges. */
function placePanel(form: HTMLFormElement, panel: HTMLElement): void {
  const margin = 8;
  const viewport = document.documentElement.clientWidth;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const box = form.getBoundingClientRect();
  const width = Math.min(36 * rem, viewport - 2 * margin);
  const left = Math.min(Math.max(margin, box.right - width), viewport - margin - width);
  panel.style.width = `${width}px`;
  panel.style.left = `${left - box.left}px`;
}

function allResultsLink(form: HTMLFormElement, query: string, count: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'search-all';
  const url = new URL(form.action);
  url.searchParams.set(QUERY_PARAM, query.trim());
  link.href = url.pathname + url.search;
  link.textContent = `查看全部 ${count} 处结果`;
  return link;
}

/** Arrow keys walk from the box through the result links and back; Escape closes the list. */
function moveThroughResults(event: KeyboardEvent, form: HTMLFormElement, input: HTMLInputElement, close: () => void): void {
  if (event.key === 'Escape') {
    close();
    input.focus();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const stops = [input, ...form.querySelectorAll<HTMLAnchorElement>('[data-search-list] a.hit, [data-search-list] a.search-all')];
  const at = stops.indexOf(document.activeElement as HTMLInputElement);
  const next = stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
  if (at === -1 || !next) return;
  event.preventDefault();
  next.focus();
}
