import { describe, expect, test } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, ogCardSvg, ogFooter } from '../../src/lib/og-card.ts';

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
