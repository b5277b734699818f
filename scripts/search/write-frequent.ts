/** Writes /search/frequent.txt: this corpus's most frequent word characters, most frequent first, for the engine's probe (src/search/probe-query.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FREQUENT_PATH } from '../../src/search/search-paths.ts';
import { queryWords } from '../../src/search/tokens.ts';
import type { SearchRecord } from './search-records.ts';

/** Enough to tell a common character (`教`, `育`, `的`) from a rare one; about 1 KB gzipped. */
export const FREQUENT_CHARACTERS = 500;

/** The records' word characters as the index folds them, by occurrences, most first (ties in code point order). */
export function frequentCharacters(records: readonly SearchRecord[], limit = FREQUENT_CHARACTERS): string[] {
  const counts = new Map<string, number>();
  for (const record of records) for (const word of queryWords(record.text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([word]) => word);
}

/** Writes the list for these records; returns how many characters it holds. */
export function writeFrequent(records: readonly SearchRecord[], siteDir: string): number {
  const list = frequentCharacters(records);
  const file = join(siteDir, FREQUENT_PATH);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, list.join('\n') + '\n');
  return list.length;
}
