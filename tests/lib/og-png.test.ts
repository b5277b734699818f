import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { cjkFontFiles } from '../../src/lib/cjk-fonts.ts';
import { ogCardRuns, ogCardSvg, ogFooter, type OgCard } from '../../src/lib/og-card.ts';
import { ogCardOutlinedSvg, svgToPng } from '../../src/lib/og-png.ts';

// Real titles: 白碱滩's (ASCII digits, brackets, a hyphen) and a chapter of 张掖's.
const card: OgCard = {
  planTitle: '白碱滩区（克拉玛依高新区）教育事业改革与发展“十四五”规划（2021-2025年）',
  chapter: '第三部分 重点工作任务',
  footer: ogFooter({ region: '新疆维吾尔自治区克拉玛依市白碱滩区', years: [2021, 2025] }),
};

/** RGBA pixels of an SVG drawn by resvg with only the given fonts. */
function pixels(svg: string, fontFiles: string[]): Buffer {
  return new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK SC' } }).render().pixels;
}

/** How many channel values of two same-sized images differ by more than a quarter of their range. */
function differing(a: Buffer, b: Buffer): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > 64) count++;
  return count;
}

describe('link preview cards drawn from glyph outlines', () => {
  test('the machine has the CJK font the cards are drawn in (CI installs fonts-noto-cjk)', () => {
    expect(cjkFontFiles().length).toBeGreaterThan(0);
  });

  test('a card of real plan text needs no font to draw: every line is outlines', () => {
    const svg = ogCardOutlinedSvg(card);
    expect(svg).not.toContain('<text');
    // the site's name, the title's three lines, the chapter and the footer
    expect(ogCardRuns(card)).toHaveLength(6);
    expect(svg.match(/<g fill=/g)).toHaveLength(6);
  });

  test("looks as resvg's own text rendering does, far closer than to another chapter's card", () => {
    const asText = pixels(ogCardSvg(card), cjkFontFiles());
    const outlined = pixels(ogCardOutlinedSvg(card), []);
    const otherChapter = pixels(ogCardSvg({ ...card, chapter: '第四部分 保障措施' }), cjkFontFiles());
    const ink = asText.filter((value) => value < 128).length;
    expect(differing(asText, outlined)).toBeLessThan(ink * 0.01);
    expect(differing(asText, otherChapter)).toBeGreaterThan(ink * 0.05);
    // resvg parses the CJK fonts for each drawing from text: seconds on a loaded machine.
  }, 60_000);

  test('a line with a character the face lacks stays text, for the renderer to find a font; the others are outlines', () => {
    const svg = ogCardOutlinedSvg({ ...card, chapter: '第三部分 \u{F0000}重点工作任务' });
    expect(svg.match(/<text[^>]*>([^<]*)<\/text>/)?.[1]).toBe('第三部分 \u{F0000}重点工作任务');
    expect(svg.match(/<g fill=/g)).toHaveLength(5);
    expect(svgToPng(svg, null).subarray(1, 4).toString()).toBe('PNG');
  });
});
