import { describe, expect, test } from 'vitest';
import { excerptHtml } from '../../src/search/excerpt.ts';
import { findMatches } from '../../src/search/fold.ts';

/** From dongli-2021-2025, （四）发展目标. */
const DONGLI =
  '——学前教育实现普及普惠安全优质发展。学前教育资源更加丰富，保教质量显著提升，以游戏为幼儿基本活动，引导幼儿养成良好行为习惯，健康快乐成长。2023年通过国家学前教育普及普惠区督导评估验收。学前三年毛入园率达95%以上，普惠性幼儿园覆盖率达83%以上，公办园在园幼儿占比50%以上。';
const excerpt = (text: string, query: string, length?: number) => excerptHtml(text, findMatches(text, query), length);

describe('excerptHtml', () => {
  test('shows the first match in context and marks every match inside the passage', () => {
    const html = excerpt(DONGLI, '学前教育', 60);
    expect(html.startsWith('——<mark>学前教育</mark>实现')).toBe(true);
    expect(html.match(/<mark>学前教育<\/mark>/g)).toHaveLength(2);
    expect(html.endsWith('…')).toBe(true);
  });

  test('starts a passage that does not start the text with an ellipsis, never inside a number', () => {
    const html = excerpt(DONGLI, '学前三年毛入园率', 60);
    expect(html).toMatch(/^…2023年通过国家学前教育普及普惠区督导评估验收。<mark>学前三年毛入园率<\/mark>达95%/);
  });

  test('escapes the plan’s text, so text that looks like HTML stays text', () => {
    const text = '教育是强国建设、民族复兴之基。{alert(1)} <script>alert(2)</script> &amp; "双减"';
    expect(excerpt(text, '<script>')).toBe(
      '教育是强国建设、民族复兴之基。{alert(1)} <mark>&#60;script&#62;</mark>alert(2)&#60;/script&#62; &#38;amp; &#34;双减&#34;',
    );
  });

  test('marks a match that spans whitespace as one', () => {
    expect(excerpt('表1  “十四五”时期张掖教育事业发展指标完成情况', '表1“十四五”')).toBe(
      '<mark>表1  “十四五”</mark>时期张掖教育事业发展指标完成情况',
    );
  });

  test('never cuts a character outside the Basic Multilingual Plane in half', () => {
    // 24 units before the match at unit 61 is unit 37: the second half of a 𠀀.
    const text = `${'𠀀'.repeat(30)}甲双减`;
    const html = excerpt(text, '双减', 10);
    expect(html.replace(/…|<\/?mark>/g, '')).toMatch(/^(𠀀)+甲双减$/u);
  });
});
