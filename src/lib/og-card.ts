/**
 * The link preview image of a cover or a chapter (`og:image`, 1200×630) as SVG: the plan's title,
 * the chapter, region and years, in the site's colours. Drawn to PNG at build time by `og-png.ts`.
 */
import { wrapLines } from './wrap-lines.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  planTitle: string;
  /** `第三部分 重点工作任务`, or null on the cover. */
  chapter: string | null;
  /** `甘肃省张掖市 · 2026—2030年`. */
  footer: string;
}

/** The footer line: region and years as the plan states them, whichever it states. */
export function ogFooter(plan: { region: string | null; years: [number, number] | null }): string {
  return [plan.region, plan.years && `${plan.years[0]}—${plan.years[1]}年`].filter(Boolean).join(' · ');
}

const MARGIN = 80;
const TITLE_SIZE = 64;
const CHAPTER_SIZE = 44;

export function ogCardSvg(card: OgCard): string {
  const perLine = Math.floor((OG_WIDTH - 2 * MARGIN) / TITLE_SIZE);
  const titleLines = wrapLines(card.planTitle, perLine).slice(0, 3);
  const chapterLines = card.chapter === null ? [] : wrapLines(card.chapter, Math.floor((OG_WIDTH - 2 * MARGIN) / CHAPTER_SIZE)).slice(0, 2);
  let y = 190;
  const text: string[] = [];
  for (const line of titleLines) {
    text.push(`<text x="${MARGIN}" y="${y}" font-size="${TITLE_SIZE}" font-weight="700" fill="#1f1f22">${escapeText(line)}</text>`);
    y += TITLE_SIZE * 1.3;
  }
  y += 16;
  for (const line of chapterLines) {
    text.push(`<text x="${MARGIN}" y="${y}" font-size="${CHAPTER_SIZE}" fill="#a61f1a">${escapeText(line)}</text>`);
    y += CHAPTER_SIZE * 1.35;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#fff"/>` +
    `<rect width="24" height="${OG_HEIGHT}" fill="#a61f1a"/>` +
    `<text x="${MARGIN}" y="100" font-size="32" fill="#5b5b63">PlanPress 发展规划</text>` +
    text.join('') +
    `<text x="${MARGIN}" y="${OG_HEIGHT - 64}" font-size="34" fill="#5b5b63">${escapeText(card.footer)}</text>` +
    `</svg>`
  );
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
