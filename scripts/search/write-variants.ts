/**
 * Writes /search/variants.txt: the variant table the browser folds queries with
 * (src/search/variant-table.ts), made from OpenCC's dictionaries in node_modules (opencc-js)
 * and the characters of this build's search records. No network.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import stCharacters from 'opencc-js/dict/STCharacters';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { CHARACTERS_PATH, VARIANTS_PATH } from '../../src/search/search-paths.ts';
import { openccPairs, variantTable } from '../../src/search/variant-table.ts';
import type { SearchRecord } from './search-records.ts';

/** Traditional ↔ simplified, then Taiwan and Hong Kong forms (`裡`) through their standard traditional form (`裏`) to simplified (`里`). */
export function dictionaryPairs(): [string, string][] {
  const direct = [...openccPairs(tsCharacters), ...openccPairs(stCharacters)];
  const simplifiedOf = new Map(openccPairs(tsCharacters).filter(([from]) => from.length === 1));
  const regional = [...openccPairs(twVariantsRev), ...openccPairs(hkVariantsRev)].flatMap(([from, to]): [string, string][] => {
    const simplified = simplifiedOf.get(to);
    return simplified
      ? [
          [from, simplified],
          [simplified, from],
        ]
      : [];
  });
  return [...direct, ...regional];
}

/** Every character of the records' titles and texts. */
export function corpusCharacters(records: readonly SearchRecord[]): Set<string> {
  const corpus = new Set<string>();
  for (const record of records) for (const character of record.title + record.text) corpus.add(character);
  return corpus;
}

/**
 * Writes the table for a corpus's characters, and the characters themselves
 * (`/search/characters.txt`, in code point order), from which scripts/search/merge-index.ts
 * makes the table of shards merged. Returns the table's size in characters.
 */
export function writeVariants(corpus: ReadonlySet<string>, siteDir: string): number {
  const table = variantTable(dictionaryPairs(), corpus);
  const file = join(siteDir, VARIANTS_PATH);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, table);
  writeFileSync(join(siteDir, CHARACTERS_PATH), [...corpus].sort().join(''));
  return table.length;
}
