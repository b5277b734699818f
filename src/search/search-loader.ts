/**
 * The only search script every page carries, kept small: `/` and Ctrl/⌘+K focus the header
 * box; the box's enhancement and the engine load once the page has loaded (or on focus, if
 * that comes first), and the landing highlight on a page opened from a result.
 * All are modules at stable URLs under /search/, written with the index.
 */
import type * as HeaderBox from './header-box.ts';
import type * as LandingHighlight from './landing-highlight.ts';
import { ENGINE_PATH, HEADER_BOX_PATH, HIGHLIGHT_PARAM, LANDING_HIGHLIGHT_PATH } from './search-paths.ts';

export function loadSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
  const input = form?.querySelector('input');
  if (form && input) {
    // The box's module and the engine it imports, fetched side by side rather than one after the other.
    const modules = () => {
      load(ENGINE_PATH).catch(ignore);
      return load<typeof HeaderBox>(HEADER_BOX_PATH);
    };
    // Fetched once the page has loaded (about 6 KB, once a visit), so that a first query waits
    // only for its index files: two round trips on a slow phone network, not three.
    addEventListener('load', () => modules().catch(ignore), { once: true });
    input.addEventListener('focus', () => void modules().then((box) => box.enhanceSearchBox(form, input)), { once: true });
    document.addEventListener('keydown', (event) => {
      if (event.key === '/' ? isTyping(event.target) : !((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k')) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
  }
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM))
    void load<typeof LandingHighlight>(LANDING_HIGHLIGHT_PATH).then((module) => module.highlightLanding());
}

/** A module fetched ahead of its use: should it fail, its use reports it. */
function ignore(): void {}

/** A module by URL, left for the browser to fetch: these are written after the site is built. */
function load<T>(url: string): Promise<T> {
  return import(/* @vite-ignore */ url) as Promise<T>;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
