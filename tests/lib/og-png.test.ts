import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { cjkFontFiles } from '../../src/lib/cjk-fonts.ts';
import { ogCardRuns, ogCardSvg, ogChapterRows, ogFooter, type OgCard } from '../../src/lib/og-card.ts';
import { ogCardOutlinedSvg, ogCardPng, svgToPng } from '../../src/lib/og-png.ts';
import { ogCardOf } from '../../src/lib/page-images.ts';
import { realPlan } from '../indicators/real-plans.ts';

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
    expect(svgToPng(svg).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe("a plan's cards drawn on its cover's card", () => {
  // 白碱滩: a three-line title, one chapter line; 东丽: a two-line title, chapters of one and two lines.
  const plans = [realPlan('baijiantan-2021-2025'), realPlan('dongli-2021-2025')];

  test('have the pixels of the whole card drawn afresh, the cover and every chapter, plans interleaved', () => {
    const cards = plans.flatMap((plan) => [null, ...plan.chapters].map((chapter) => ogCardOf(plan, chapter)));
    // One plan's cards, then the other's, then the first's again: what a plan's cover keeps is not another's.
    const order = [...cards, ...cards.slice(0, 3)];
    expect(new Set(order.map((card) => ogChapterRows(card) === null)).size).toBe(2);
    for (const card of order) {
      const drawn = PNG.sync.read(ogCardPng(card, null));
      expect([drawn.width, drawn.height]).toEqual([1200, 630]);
      const whole = pixels(ogCardOutlinedSvg(card), []);
      // The same, but for an anti-aliased edge pixel the renderer's single-precision arithmetic may shade a few levels apart
      // when the chapter's rows are drawn on their own (one pixel of 东丽's 四、 by 14 of 255).
      let changed = 0;
      let most = 0;
      for (let i = 0; i < whole.length; i++) {
        const difference = Math.abs(drawn.data[i]! - whole[i]!);
        if (difference > 0) changed++;
        most = Math.max(most, difference);
      }
      expect({ card: card.chapter, changed: changed <= 12, most: most <= 32 }).toEqual({ card: card.chapter, changed: true, most: true });
    }
  }, 60_000);

  test("a chapter's lines lie inside the rows drawn for it, title and footer outside", () => {
    for (const plan of plans)
      for (const chapter of plan.chapters) {
        const card = ogCardOf(plan, chapter);
        const rows = ogChapterRows(card)!;
        const runs = ogCardRuns(card);
        for (const run of runs.filter((candidate) => candidate.part === 'chapter')) {
          expect(run.y - run.size).toBeGreaterThanOrEqual(rows.top);
          expect(run.y + run.size * 0.3).toBeLessThanOrEqual(rows.bottom);
        }
        const lastTitle = runs.filter((candidate) => candidate.part === 'title').at(-1)!;
        expect(lastTitle.y).toBeLessThan(rows.top);
        expect(runs.find((candidate) => candidate.part === 'footer')!.y - 34).toBeGreaterThan(rows.bottom);
      }
  });

  test('are palette PNGs, under two thirds of the bytes of the same card as resvg encodes it', () => {
    const card = ogCardOf(plans[1]!, plans[1]!.chapters[2]!);
    const file = ogCardPng(card, null);
    // IHDR's bit depth and colour type: 8 bits, indexed.
    expect([file[24], file[25]]).toEqual([8, 3]);
    expect(file.length).toBeLessThan((svgToPng(ogCardOutlinedSvg(card)).length * 2) / 3);
  });
});
