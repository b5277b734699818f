/** A small internal link checker: every link to a page, file or anchor of the site must exist. */
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';

/** What a page offers and asks for: the ids it defines, and every URL it links to. */
export interface PageLinks {
  ids: ReadonlySet<string>;
  hrefs: readonly string[];
}

export function pageLinks(tree: Root): PageLinks {
  return {
    ids: new Set(selectAll('[id]', tree).map((element) => String(element.properties.id))),
    hrefs: [
      ...selectAll('a[href], link[href]', tree).map((element) => String(element.properties.href)),
      ...selectAll('script[src], img[src]', tree).map((element) => String(element.properties.src)),
      // Absolute URLs of the site itself, for previews: they must name pages that exist too.
      ...selectAll('meta[property="og:url"], meta[property="og:image"]', tree).map((element) => String(element.properties.content)),
    ],
  };
}

/**
 * Broken internal links, as `from → href: why`. `pages` maps each page's URL path (`/a/`) to
 * its links; `files` holds the URL paths of every other file (`/data/plans.json`). Absolute
 * links to `siteOrigin` (the deployed site: canonical URLs) are internal too; links to other
 * origins are not checked.
 */
export function brokenLinks(pages: ReadonlyMap<string, PageLinks>, files: ReadonlySet<string>, siteOrigin?: string): string[] {
  const origin = 'http://site.invalid';
  return [...pages].flatMap(([from, page]) =>
    page.hrefs.flatMap((href) => {
      const url = new URL(href, origin + from);
      if (url.origin !== origin && url.origin !== siteOrigin) return [];
      const target = pages.get(url.pathname);
      const why =
        !target && !files.has(url.pathname)
          ? 'no such page or file'
          : url.hash && !target?.ids.has(decodeURIComponent(url.hash.slice(1)))
            ? 'no such anchor'
            : null;
      return why ? [`${from} → ${href}: ${why}`] : [];
    }),
  );
}
