import { describe, expect, test } from 'vitest';
import { wrapLines } from '../../src/lib/wrap-lines.ts';

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
