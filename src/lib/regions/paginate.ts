/** Splitting a long list into numbered pages of at most a fixed size: `…/`, `…/2/`, `…/3/`. */

export interface ListPage<T> {
  /** 1-based. */
  page: number;
  /** How many pages the list has. */
  pages: number;
  items: T[];
}

/** Pages of at most `perPage` items, in order; an empty list still has its first page. */
export function paginate<T>(items: readonly T[], perPage: number): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`paginate: perPage must be a positive integer, got ${perPage}.`);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, items: items.slice(i * perPage, (i + 1) * perPage) }));
}

/** A list page's URL: the list's own for page 1, `<n>/` below it for the others. */
export function listPagePath(listPath: string, page: number): string {
  return page === 1 ? listPath : `${listPath}${page}/`;
}
