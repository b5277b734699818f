import { describe, expect, test } from 'vitest';
import { searchRecords } from '../../scripts/search/search-records.ts';
import { exactQuery, indexContent, indexedText } from '../../src/search/tokens.ts';
import { realPlans } from './real-plans.ts';

const texts = realPlans()
  .flatMap(searchRecords)
  .map((record) => record.text);

/**
 * The words Pagefind 1.6.0 makes of indexed content or of a query, as measured: split at
 * whitespace, every character but letters, numbers and connector punctuation dropped, lowercased.
 */
function pagefindWords(content: string): string[] {
  return content
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}\p{Pc}\p{M}]/gu, '').toLowerCase())
    .filter(Boolean);
}

/** Words joined so that a run of words is a substring, and only a whole-word run is. */
function joined(words: readonly string[]): string {
  return `\u0001${words.join('\u0001')}\u0001`;
}

describe('indexContent', () => {
  test('one token per character, punctuation riding on the one before, whitespace kept as an invisible mark', () => {
    expect(indexContent('率达到99.54%，义务')).toBe('率 达 到 9 9. 5 4%， 义 务');
    expect(indexContent('“十四五”时期')).toBe('“十 四 五” 时 期');
    expect(indexContent('表1  “十四五”')).toBe('表 1\u2060“ 十 四 五”');
  });

  test('indexes full-width letters and digits as ASCII, which is all Pagefind would not fold itself', () => {
    expect(indexContent('ＳＴＥＡＭ课程１０％')).toBe('S T E A M 课 程 1 0％');
  });

  test('reads back as the text, whitespace runs as one space, for every record of the real plans', () => {
    for (const text of texts) expect(indexedText(indexContent(text))).toBe(text.trim().replace(/\s+/g, ' '));
  });

  test('never makes a word of punctuation alone, which would take up a position in a phrase', () => {
    for (const text of texts) {
      const tokens = indexContent(text).split(' ');
      expect(pagefindWords(indexContent(text))).toHaveLength(tokens.length);
    }
  });
});

describe('exactQuery', () => {
  test('quotes the query’s word characters, one a word, folded like the index', () => {
    expect(exactQuery('学前三年毛入园率')).toBe('"学 前 三 年 毛 入 园 率"');
    expect(exactQuery('９９．５４％')).toBe('"9 9 5 4"');
    expect(exactQuery('3+2')).toBe('"3 2"');
    expect(exactQuery(' 优质 均衡 ')).toBe('"优 质 均 衡"');
  });

  test('is null for a query with no word character', () => {
    expect(exactQuery('——')).toBeNull();
    expect(exactQuery('%')).toBeNull();
  });

  test('finds every substring of the real plans as a run of the index’s words', () => {
    for (const text of texts) {
      const indexed = joined(pagefindWords(indexContent(text)));
      const characters = [...text];
      // Substrings of 2 to 8 characters starting at every 5th character: some 200,000 queries.
      for (let at = 0; at < characters.length; at += 5) {
        for (let length = 2; length <= 8 && at + length <= characters.length; length++) {
          const query = characters.slice(at, at + length).join('');
          const words = exactQuery(query);
          if (words === null) continue;
          if (!indexed.includes(joined(pagefindWords(words)))) expect.fail(`"${query}" is not a run of the index's words`);
        }
      }
    }
  });
});
