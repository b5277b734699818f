/** The site's public URLs (DESIGN.md, "Public URLs"): built here only, so links and routes agree. */

export const CATALOGUE_PATH = '/';
export const CATALOGUE_DATA_PATH = '/data/plans.json';
export const SEARCH_PATH = '/search/';

export function planPath(planId: string): string {
  return `/plans/${planId}/`;
}

export function chapterPath(planId: string, chapter: number): string {
  return `/plans/${planId}/${chapter}/`;
}

/** A place inside a chapter page: a section, paragraph, table or column anchor. */
export function anchorPath(planId: string, chapter: number, anchor: string): string {
  return `${chapterPath(planId, chapter)}#${anchor}`;
}

export function planDataPath(planId: string): string {
  return `/data/plans/${planId}.json`;
}

/** A table as CSV, for spreadsheets: `/plans/<plan-id>/tables/<n>.csv`. */
export function tableCsvPath(planId: string, table: number): string {
  return `/plans/${planId}/tables/${table}.csv`;
}

/** The plan's source export, as UTF-8 text. */
export function sourceTextPath(planId: string): string {
  return `/plans/${planId}/source.txt`;
}

export const SITEMAP_PATH = '/sitemap.xml';
