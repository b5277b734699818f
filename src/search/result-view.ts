/** Draws results grouped by plan, for the header box's list and the search page alike. */
import type { SearchResult } from './engine.ts';
import type { PlanGroup } from './group-results.ts';
import { noResultsHints } from './no-results.ts';
import { HIGHLIGHT_PARAM } from './search-paths.ts';

const PLAIN_TEXT_KIND = '正文';

/** A result's URL that makes its page highlight the query: `/plans/…/3/?hl=双减#s6`. */
export function highlightUrl(url: string, query: string): string {
  const target = new URL(url, location.href);
  target.searchParams.set(HIGHLIGHT_PARAM, query.trim());
  return target.origin === location.origin ? target.pathname + target.search + target.hash : target.href;
}

export interface GroupsOptions {
  query: string;
  /** The heading level of a plan's title: 2 on the search page, 3 in the header's list. */
  headingLevel: 2 | 3;
  /** Results shown per plan; the rest are counted. */
  perGroup?: number;
}

export function renderGroups(groups: readonly PlanGroup[], { query, headingLevel, perGroup = Infinity }: GroupsOptions): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const group of groups) {
    const section = element('section', 'hit-group');
    const heading = element(`h${headingLevel}`, 'hit-plan');
    const planLink = element('a');
    planLink.href = group.planUrl;
    planLink.textContent = group.plan;
    heading.append(planLink, ' ', element('span', 'hit-count', `${group.results.length} 处`));
    const list = element('ol', 'hit-list');
    for (const result of group.results.slice(0, perGroup)) list.append(resultItem(result, query));
    section.append(heading, list);
    fragment.append(section);
  }
  return fragment;
}

/** What to try instead, as a list under "没有找到". */
export function renderNoResults(query: string): HTMLUListElement {
  const list = element('ul', 'search-hints');
  for (const hint of noResultsHints(query)) {
    const item = element('li');
    if (hint.href) {
      const link = element('a', undefined, hint.text);
      link.href = hint.href;
      item.append(link);
    } else item.textContent = hint.text;
    list.append(item);
  }
  return list;
}

function resultItem(result: SearchResult, query: string): HTMLLIElement {
  const item = element('li');
  const link = element('a', 'hit');
  link.href = highlightUrl(result.url, query);
  const where = [result.chapter, result.kind === PLAIN_TEXT_KIND ? '' : result.kind].filter(Boolean).join(' · ');
  const excerpt = element('span', 'hit-excerpt');
  // The engine escapes the plan text and adds only <mark> (src/search/excerpt.ts).
  excerpt.innerHTML = result.excerpt;
  link.append(element('span', 'hit-title', result.title), element('span', 'hit-where', where), excerpt);
  item.append(link);
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K];
function element(tag: string, className?: string, text?: string): HTMLElement;
function element(tag: string, className?: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
