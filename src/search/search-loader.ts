/**
 * The only search script every page carries, kept small: `/` and Ctrl/⌘+K focus the header
 * box; the box's enhancement and the engine load once the page is loaded and the browser idle
 * (or on focus, if that comes first), and the landing highlight on a page opened from a result.
 * All are modules at stable URLs under /search/, written with the index.
 */
import type * as HeaderBox from './header-box.ts';
import type * as LandingHighlight from './landing-highlight.ts';
import { ENGINE_PATH, HEADER_BOX_PATH, HIGHLIGHT_PARAM, LANDING_HIGHLIGHT_PATH } from './search-paths.ts';

export function loadSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
  const input = form?.querySelector('input');
  if (form && input) {
    // Fetched before the reader asks, so that a first query costs its index files' round trips
    // alone (two on a slow phone network, not three); about 6 KB, once a visit, after the page is shown.
    whenIdle(() => {
      load(HEADER_BOX_PATH).catch(() => undefined);
      load(ENGINE_PATH).catch(() => undefined);
    });
    input.addEventListener(
      'focus',
      () => {
        void load<typeof HeaderBox>(HEADER_BOX_PATH).then((box) => box.enhanceSearchBox(form, input));
        // The engine the box imports, fetched alongside it rather than after it: a round trip less before the first results.
        load(ENGINE_PATH).catch(() => undefined);
      },
      { once: true },
    );
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

/** After the page's load event, when the browser is next idle (at most 2 s later; Safari has no idle callback). */
function whenIdle(run: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/** A module by URL, left for the browser to fetch: these are written after the site is built. */
function load<T>(url: string): Promise<T> {
  return import(/* @vite-ignore */ url) as Promise<T>;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
