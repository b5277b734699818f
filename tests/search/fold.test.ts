import { describe, expect, test } from 'vitest';
import { containsFolded, findMatches, fold } from '../../src/search/fold.ts';

/** From zhangye-2026-2030, 一、发展基础. */
const ZHANGYE = '全市学前教育三年毛入园率达到99.54%，义务教育适龄儿童入学率达到100%';
const slices = (text: string, query: string) => findMatches(text, query).map(({ start, end }) => text.slice(start, end));

describe('fold', () => {
  test('drops whitespace of every kind, ideographic space included', () => {
    expect(fold('表1  “十四五”\u3000时期\n张掖')).toBe('表1“十四五”时期张掖');
  });

  test('reads full-width ASCII forms as half-width, and leaves punctuation with no ASCII twin alone', () => {
    expect(fold('９９．５４％（一）ＳＴＥＡＭ，')).toBe('99.54%(一)STEAM,');
    expect(fold('。、“”《》—')).toBe('。、“”《》—');
  });

  test('keeps case: AI is not ai', () => {
    expect(containsFolded('引进STEAM课程', 'steam')).toBe(false);
    expect(containsFolded('引进STEAM课程', 'ＳＴＥＡＭ')).toBe(true);
  });
});

describe('findMatches', () => {
  test('finds the query as printed, and its full-width or spaced forms, in the original text', () => {
    expect(slices(ZHANGYE, '99.54%')).toEqual(['99.54%']);
    expect(slices(ZHANGYE, '９９．５４％')).toEqual(['99.54%']);
    expect(slices(ZHANGYE, '毛入园 率')).toEqual(['毛入园率']);
  });

  test('a match spans the whitespace inside it in the original', () => {
    expect(slices('表1  “十四五”时期张掖教育事业发展指标完成情况', '表1“十四五”')).toEqual(['表1  “十四五”']);
  });

  test('matches run left to right without overlapping, like Ctrl+F', () => {
    expect(findMatches('教育教育教育', '教育教育')).toEqual([{ start: 0, end: 4 }]);
    expect(slices(ZHANGYE, '率达到')).toEqual(['率达到', '率达到']);
  });

  test('an empty or all-whitespace query matches nothing', () => {
    expect(findMatches(ZHANGYE, ' \u3000')).toEqual([]);
    expect(containsFolded(ZHANGYE, '')).toBe(false);
  });
});
