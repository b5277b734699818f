/**
 * How much one list page across plans holds, so that no page grows with the corpus. Each is
 * weighed at 1,000 plans in docs/scaling.md ("Pages that stay small"); a list that fits one page
 * is shown whole, as the five-plan site always was.
 */

/** Plan cards on one catalogue page (about 300 bytes of HTML each). */
export const PLANS_PER_CATALOGUE_PAGE = 100;

/** Plans on one 专栏 index page, each with all its columns (about 2 KB of HTML a plan). */
export const PLANS_PER_COLUMNS_PAGE = 50;

/** Plans on one indicator comparison page, each with its rows of the indicator, and the chart drawn from them. */
export const PLANS_PER_INDICATOR_PAGE = 50;

/** An indicator line of /indicators/ names its plans and values only up to this many plans; beyond, it counts them. */
export const PLANS_NAMED_PER_INDICATOR_LINE = 8;
