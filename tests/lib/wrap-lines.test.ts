import { describe, expect, test } from 'vitest';
import { firstLines, wrapLines } from '../../src/lib/wrap-lines.ts';

describe('wrapLines', () => {
  test('keeps a title that fits on one line', () => {
    expect(wrapLines('张掖市“十五五”教育发展规划', 16)).toEqual(['张掖市“十五五”教育发展规划']);
  });

  test('never leaves one character alone on the last line (…发展规/划)', () => {
    const lines = wrapLines('天津市东丽区教育事业发展“十四五”规划', 18);
    expect(lines.join('')).toBe('天津市东丽区教育事业发展“十四五”规划');
    expect([...lines.at(-1)!].length).toBeGreaterThan(1);
    expect(lines).toEqual(['天津市东丽区教育事业发展“十四五”', '规划']);
  });

  test('never starts a line with closing punctuation', () => {
    const lines = wrapLines('加快推进教育现代化，建设教育强区', 9);
    expect(lines.join('')).toBe('加快推进教育现代化，建设教育强区');
    for (const line of lines) expect(line).not.toMatch(/^[，。、”]/u);
  });
});

describe('wrapLines by width', () => {
  // Digits half as wide as Chinese characters, as in Noto Sans CJK.
  const advance = (character: string) => (/[0-9-]/u.test(character) ? 0.55 : 1);
  const title = '白碱滩区（克拉玛依高新区）教育事业改革与发展“十四五”规划（2021-2025年）';

  test('fits more narrow characters on a line than wide ones', () => {
    const lines = wrapLines(title, 16, advance);
    expect(lines.join('')).toBe(title);
    expect(lines).toHaveLength(3);
  });

  test('never breaks inside a number (20/21)', () => {
    for (const width of [14, 15, 16, 17, 18]) {
      const lines = wrapLines(title, width, advance);
      expect(lines.join('')).toBe(title);
      for (let i = 1; i < lines.length; i++) expect(`${lines[i - 1]!.at(-1)}${lines[i]![0]}`, `width ${width}`).not.toMatch(/^\d\d$/u);
    }
  });

  test('never ends a line with opening punctuation (规划（/2021…)', () => {
    for (const width of [14, 15, 16, 17, 18])
      for (const line of wrapLines(title, width, advance).slice(0, -1)) expect(line).not.toMatch(/[（“]$/u);
  });

  test('a number wider than the line is cut rather than looping', () => {
    expect(wrapLines('1234567890', 4)).toEqual(['1234', '5678', '90']);
  });
});

describe('firstLines', () => {
  test('marks a cut with … in place of the last character kept', () => {
    expect(firstLines(['天津市东丽区', '教育事业发展', '规划'], 2)).toEqual(['天津市东丽区', '教育事业发…']);
    expect(firstLines(['天津市东丽区', '规划'], 2)).toEqual(['天津市东丽区', '规划']);
  });
});
