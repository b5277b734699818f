/**
 * The link preview image of a cover or a chapter (`og:image`, 1200×630) as SVG: the plan's title,
 * the chapter, region and years, in the site's colours. Drawn to PNG at build time by `og-png.ts`.
 */
import { glyphAdvance } from './glyph-outlines.ts';
import { firstLines, wrapLines } from './wrap-lines.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  planTitle: string;
  /** `第三部分 重点工作任务`, or null on the cover. */
  chapter: string | null;
  /** `甘肃省张掖市 · 2026—2030年`. */
  footer: string;
}

/** One line of text on the card: its left end on the baseline at (x, y), in pixels. */
export interface TextRun {
  /** Which line of the card it is part of. */
  part: 'site' | 'title' | 'chapter' | 'footer';
  text: string;
  x: number;
  y: number;
  size: number;
  weight: 400 | 700;
  fill: string;
}

/** Draws a run as SVG. */
export type DrawRun = (run: TextRun) => string;

/** The footer line: region and years as the plan states them, whichever it states. */
export function ogFooter(plan: { region: string | null; years: [number, number] | null }): string {
  return [plan.region, plan.years && `${plan.years[0]}—${plan.years[1]}年`].filter(Boolean).join(' · ');
}

const MARGIN = 80;
const TITLE_SIZE = 64;
const CHAPTER_SIZE = 44;
const FOOTER_SIZE = 34;
/** The footer's smallest type, still legible in a chat's preview. */
const MIN_FOOTER_SIZE = 22;
const INK = '#1f1f22';
const ACCENT = '#a61f1a';
const MUTED = '#5b5b63';

/** The width of a character in pixels at a size and weight. */
export type Advance = (character: string, size: number, weight: 400 | 700) => number;

/**
 * The card's lines of text, laid out by the widths of the font's glyphs: the site's name, the
 * title (≤ 3 lines), the chapter (≤ 2, or 1 under three of title), a cut one ending in `…`, and the footer on one line, in
 * smaller type when a long region name needs it.
 */
export function ogCardRuns(card: OgCard, advance: Advance = glyphAdvance): TextRun[] {
  const lineWidth = OG_WIDTH - 2 * MARGIN;
  const wrap = (text: string, size: number, weight: 400 | 700, count: number) =>
    firstLines(
      wrapLines(text, lineWidth, (character) => advance(character, size, weight)),
      count,
    );
  const runs: TextRun[] = [{ part: 'site', text: 'PlanPress 发展规划', x: MARGIN, y: 100, size: 32, weight: 400, fill: MUTED }];
  let y = 190;
  const title = wrap(card.planTitle, TITLE_SIZE, 700, 3);
  for (const line of title) {
    runs.push({ part: 'title', text: line, x: MARGIN, y, size: TITLE_SIZE, weight: 700, fill: INK });
    y += TITLE_SIZE * 1.3;
  }
  y += 16;
  // Under a three-line title a second chapter line would touch the footer.
  for (const line of card.chapter === null ? [] : wrap(card.chapter, CHAPTER_SIZE, 400, title.length === 3 ? 1 : 2)) {
    runs.push({ part: 'chapter', text: line, x: MARGIN, y, size: CHAPTER_SIZE, weight: 400, fill: ACCENT });
    y += CHAPTER_SIZE * 1.35;
  }
  if (card.footer !== '') {
    const width = [...card.footer].reduce((sum, character) => sum + advance(character, FOOTER_SIZE, 400), 0);
    const size = width <= lineWidth ? FOOTER_SIZE : Math.max(MIN_FOOTER_SIZE, Math.floor((FOOTER_SIZE * lineWidth) / width));
    const [line] = wrap(card.footer, size, 400, 1);
    runs.push({ part: 'footer', text: line!, x: MARGIN, y: OG_HEIGHT - 64, size, weight: 400, fill: MUTED });
  }
  return runs;
}

/** A band of whole rows of the card, `top` to `bottom` (exclusive), in pixels. */
export interface CardRows {
  top: number;
  bottom: number;
}

/**
 * The rows a card's chapter lines may ink, with room for any glyph's ascent and descent: the cards
 * of one plan differ nowhere else, since the title above and the footer below are laid out
 * without regard to the chapter. Null on a cover card.
 */
export function ogChapterRows(card: OgCard, advance: Advance = glyphAdvance): CardRows | null {
  const chapterRuns = ogCardRuns(card, advance).filter((run) => run.part === 'chapter');
  if (chapterRuns.length === 0) return null;
  const top = Math.floor(chapterRuns[0]!.y - CHAPTER_SIZE * 1.1);
  const bottom = Math.ceil(chapterRuns.at(-1)!.y + CHAPTER_SIZE * 0.4);
  return { top: Math.max(0, top), bottom: Math.min(OG_HEIGHT, bottom) };
}

/**
 * The card as SVG, each line drawn by `drawRun` (by default as `<text>`, for a renderer with the
 * fonts); only the band `rows` of it when given, the same pixels as those rows of the whole card.
 */
export function ogCardSvg(card: OgCard, drawRun: DrawRun = textElement, rows: CardRows = { top: 0, bottom: OG_HEIGHT }): string {
  const height = rows.bottom - rows.top;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${height}" viewBox="0 ${rows.top} ${OG_WIDTH} ${height}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#fff"/>` +
    `<rect width="24" height="${OG_HEIGHT}" fill="${ACCENT}"/>` +
    ogCardRuns(card).map(drawRun).join('') +
    `</svg>`
  );
}

/** A run as an SVG `<text>` element in the card's CJK font family. */
export function textElement(run: TextRun): string {
  const weight = run.weight === 700 ? ` font-weight="700"` : '';
  return `<text x="${run.x}" y="${run.y}" font-size="${run.size}"${weight} fill="${run.fill}">${escapeText(run.text)}</text>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
