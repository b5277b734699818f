/**
 * Served as /search/landing-highlight.js. On a page opened from a search result (`?hl=双减#s6`), marks every occurrence of the query in
 * the page's main text, as the search found it (whitespace and width folded, across element
 * boundaries), and brings the first one inside the linked section into view.
 */
import { findMatches, type TextRange } from './fold.ts';
import { loadVariants } from './load-variants.ts';
import { HIGHLIGHT_PARAM, VARIANTS_PATH } from './search-paths.ts';
import { loadSearchStyles } from './search-styles.ts';

export const HIT_CLASS = 'search-hit';

export async function highlightLanding(): Promise<void> {
  const query = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM)?.trim();
  const root = document.querySelector('main');
  if (!query || !root) return;
  loadSearchStyles();
  // A traditional query (義務) is marked where the page has its simplified form (义务).
  await loadVariants(new URL(VARIANTS_PATH, location.href));
  const marks = markMatches(root, query);
  const id = targetIdOf(location.hash);
  const target = id ? document.getElementById(id) : null;
  const first = target ? marks.find((mark) => target.contains(mark)) : marks[0];
  first?.scrollIntoView({ block: 'center' });
}

/** The element id a URL's `#…` names, or null when there is none or it is not valid percent-encoding. */
export function targetIdOf(hash: string): string | null {
  if (hash.length <= 1) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}

/** Wraps each match in `<mark>`, even when it spans several text nodes; returns the marks in page order. */
function markMatches(root: Element, query: string): HTMLElement[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, noscript, [hidden]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }

  const pieces = findMatches(text, query).flatMap((match) => piecesOf(match, nodes, starts));
  // From the last piece back, so that splitting a text node never moves a piece still to come.
  return pieces
    .reverse()
    .map(({ node, start, end }) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      const mark = document.createElement('mark');
      mark.className = HIT_CLASS;
      range.surroundContents(mark);
      return mark;
    })
    .reverse();
}

/** The part of a match inside each text node it touches. */
function piecesOf(match: TextRange, nodes: readonly Text[], starts: readonly number[]): { node: Text; start: number; end: number }[] {
  return nodes.flatMap((node, i) => {
    const start = Math.max(match.start, starts[i]!) - starts[i]!;
    const end = Math.min(match.end, starts[i]! + node.data.length) - starts[i]!;
    return end > start && node.data.slice(start, end).trim() ? [{ node, start, end }] : [];
  });
}
