import { describe, expect, test } from 'vitest';
import { noResultsHints, shorterQuery } from '../../src/search/no-results.ts';

describe('noResultsHints', () => {
  test('suggests fewer characters: the first half of a long query', () => {
    expect(shorterQuery('学前三年毛入园率达到')).toBe('学前三年毛');
    expect(shorterQuery('量子计算')).toBe('量子');
    expect(shorterQuery('双减')).toBeNull();
  });

  test('links the shorter search, names the other script, and links the indicator explorer', () => {
    expect(noResultsHints('量子计算')).toEqual([
      { text: '少用几个字：搜索“量子”', href: `/search/?q=${encodeURIComponent('量子')}` },
      { text: '换用简体字或繁体字再试', href: null },
      { text: '找指标或数值：看指标对照', href: '/indicators/' },
    ]);
    expect(noResultsHints('双减').map((hint) => hint.href)).toEqual([null, '/indicators/']);
  });
});
