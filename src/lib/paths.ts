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

/** The whole plan on one page, for printing and offline reading. */
export function wholePlanPath(planId: string): string {
  return `/plans/${planId}/all/`;
}

/** The whole-plan page printed to PDF at build time (where Chromium is present). */
export function wholePlanPdfPath(planId: string): string {
  return `/plans/${planId}/${planId}.pdf`;
}

/** A page's drawn images, beside its index.html: `og.png` (link preview) and `qr.png` (its URL as a QR code). */
export function pageImagePath(pagePath: string, image: 'og' | 'qr'): string {
  return `${pagePath}${image}.png`;
}

/** Body row `row` (0-based, as in `rows`) of the table anchored `tableAnchor`: `table-<t>-r<k>`, k from 1. */
export function tableRowAnchor(tableAnchor: string, row: number): string {
  return `${tableAnchor}-r${row + 1}`;
}

/** The page a table or column stands on: its chapter's, or the cover when `chapter` is null (it stands before the first division). */
export function pagePath(planId: string, chapter: number | null): string {
  return chapter === null ? planPath(planId) : chapterPath(planId, chapter);
}

/** A place on a chapter page (a section, paragraph, table or column anchor), or on the cover when `chapter` is null. */
export function anchorPath(planId: string, chapter: number | null, anchor: string): string {
  return `${pagePath(planId, chapter)}#${anchor}`;
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

// Pages across plans: the indicator explorer, the 专栏 index and the open-data downloads.

export const INDICATORS_PATH = '/indicators/';
export const COLUMNS_PATH = '/columns/';
export const OPEN_DATA_PATH = '/data/';
export const INDICATORS_CSV_PATH = '/data/indicators.csv';
export const PLAN_SCHEMA_PATH = '/data/plan.schema.json';

/** One indicator's comparison page; `id` from `indicatorId`. */
export function indicatorPath(id: string): string {
  return `${INDICATORS_PATH}${id}/`;
}

/** The 专栏 index narrowed to one plan. */
export function planColumnsPath(planId: string): string {
  return `${COLUMNS_PATH}${planId}/`;
}

// Lists split by province-level region (`slug` from src/lib/regions/provinces.ts), under a
// `regions/` segment no plan id may take; page n ≥ 2 of a list is `<list>/<n>/` (`listPagePath`).

/** The segment the region lists stand under: reserved, never a plan id. */
export const REGIONS_SEGMENT = 'regions';

/** The catalogue of one region's plans. */
export function regionPath(slug: string): string {
  return `/${REGIONS_SEGMENT}/${slug}/`;
}

/** The 专栏 index of one region's plans. */
export function regionColumnsPath(slug: string): string {
  return `${COLUMNS_PATH}${REGIONS_SEGMENT}/${slug}/`;
}

/** One indicator compared across one region's plans. */
export function indicatorRegionPath(id: string, slug: string): string {
  return `${indicatorPath(id)}${REGIONS_SEGMENT}/${slug}/`;
}
