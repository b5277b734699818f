import { describe, expect, test } from 'vitest';
import { glyphAdvance } from '../../src/lib/glyph-outlines.ts';
import { OG_HEIGHT, OG_WIDTH, ogCardRuns, ogCardSvg, ogFooter, type TextRun } from '../../src/lib/og-card.ts';

describe('ogCardSvg', () => {
  const svg = ogCardSvg({
    planTitle: '张掖市“十五五”教育发展规划',
    chapter: '第三部分 重点工作任务',
    footer: ogFooter({ region: '甘肃省张掖市', years: [2026, 2030] }),
  });

  test('is 1200×630 and names the plan, the chapter, the region and the years', () => {
    expect(svg).toContain(`width="${OG_WIDTH}" height="${OG_HEIGHT}"`);
    expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
    for (const text of ['张掖市“十五五”教育发展规划', '第三部分 重点工作任务', '甘肃省张掖市 · 2026—2030年']) expect(svg).toContain(text);
  });

  test('escapes the text, which is never markup', () => {
    expect(ogCardSvg({ planTitle: 'a<b & c', chapter: null, footer: '' })).toContain('a&lt;b &amp; c');
  });

  test('the footer says only what the plan states', () => {
    expect(ogFooter({ region: null, years: [2021, 2025] })).toBe('2021—2025年');
    expect(ogFooter({ region: '天津市东丽区', years: null })).toBe('天津市东丽区');
  });
});

describe('ogCardRuns, laid out by the font', () => {
  // 白碱滩's real title and region: the longest of the five plans.
  const card = {
    planTitle: '白碱滩区（克拉玛依高新区）教育事业改革与发展“十四五”规划（2021-2025年）',
    chapter: '第二章 总体部署',
    footer: ogFooter({ region: '新疆维吾尔自治区克拉玛依市白碱滩区（克拉玛依高新区）', years: [2021, 2025] }),
  };
  const runs = ogCardRuns(card);
  const width = (run: TextRun) => [...run.text].reduce((sum, character) => sum + glyphAdvance(character, run.size, run.weight), 0);

  test('every line stays inside the card, the long footer whole in smaller type', () => {
    for (const run of runs) expect(run.x + width(run), run.text).toBeLessThanOrEqual(OG_WIDTH - run.x);
    const footer = runs.at(-1)!;
    expect(footer.text).toBe('新疆维吾尔自治区克拉玛依市白碱滩区（克拉玛依高新区） · 2021—2025年');
    expect(footer.size).toBeLessThan(34);
  });

  test('the title is whole and no line break cuts a year in two', () => {
    const title = runs.filter((run) => run.size === 64).map((run) => run.text);
    expect(title.join('')).toBe(card.planTitle);
    for (let i = 1; i < title.length; i++) expect(`${title[i - 1]!.at(-1)}${title[i]![0]}`).not.toMatch(/^\d\d$/u);
  });

  test('a title longer than three lines ends its third in …', () => {
    const long = ogCardRuns({ ...card, planTitle: card.planTitle.repeat(3) }).filter((run) => run.size === 64);
    expect(long).toHaveLength(3);
    expect(long[2]!.text.endsWith('…')).toBe(true);
  });
});
