import { afterEach, describe, expect, test } from 'vitest';
import { containsFolded, findMatches, fold, setVariants } from '../../src/search/fold.ts';
import { openccPairs, variantTable } from '../../src/search/variant-table.ts';

// Two entries of OpenCC's TSCharacters, as the dictionary writes them.
const DICTIONARY = '義 义|務 务|發 发|髮 发';
const corpusOf = (text: string) => new Set(text);
// 张掖 第二部分: simplified text, as every seed plan is.
const SIMPLIFIED = '推进义务教育优质均衡发展';
// The same words as a Hong Kong plan would print them.
const TRADITIONAL = '推進義務教育優質均衡發展';

afterEach(() => setVariants(''));

describe('variantTable', () => {
  test('maps a traditional character the corpus never uses to its simplified form that it does', () => {
    expect(variantTable(openccPairs(DICTIONARY), corpusOf(SIMPLIFIED))).toBe('義义務务發发髮发');
  });

  test('in a traditional corpus, the reverse', () => {
    expect(variantTable(openccPairs(DICTIONARY), corpusOf(TRADITIONAL))).toBe('义義务務发發');
  });

  test('leaves out what the corpus cannot match, and never changes a character the corpus uses', () => {
    const table = variantTable(openccPairs(DICTIONARY), corpusOf('义务'));
    expect(table).toBe('義义務务');
    expect(variantTable(openccPairs(DICTIONARY), corpusOf('义義'))).not.toMatch(/义|義/u);
  });

  test('maps letters only, so that a query whose every letter the index holds needs no table', () => {
    expect(variantTable(openccPairs('「 “|義 义'), corpusOf('“义'))).toBe('義义');
  });
});

describe('fold with the variant table installed', () => {
  test('義務教育 finds the text that 义务教育 finds, and highlights the same characters', () => {
    expect(containsFolded(SIMPLIFIED, '義務教育')).toBe(false);
    setVariants(variantTable(openccPairs(DICTIONARY), corpusOf(SIMPLIFIED)));
    expect(containsFolded(SIMPLIFIED, '義務教育')).toBe(true);
    expect(findMatches(SIMPLIFIED, '義務教育')).toEqual(findMatches(SIMPLIFIED, '义务教育'));
    expect(fold(SIMPLIFIED)).toBe(SIMPLIFIED);
  });
});
