import { afterEach, describe, expect, test } from 'vitest';
import { searchRecords } from '../../scripts/search/search-records.ts';
import { frequentCharacters } from '../../scripts/search/write-frequent.ts';
import { containsFolded } from '../../src/search/fold.ts';
import { probeQuery, setFrequentCharacters } from '../../src/search/probe-query.ts';
import { exactQuery, indexContent, indexedText } from '../../src/search/tokens.ts';
import { realPlans } from './real-plans.ts';

const records = realPlans().flatMap(searchRecords);
const frequent = frequentCharacters(records);

afterEach(() => setFrequentCharacters(''));

describe('frequentCharacters: what the corpus prints most', () => {
  test('starts with the education plans’ commonest characters and counts folded words only', () => {
    expect(frequent.slice(0, 3)).toEqual(['教', '育', '学']);
    expect(frequent.every((character) => /^[\p{L}\p{N}\p{Pc}]\p{M}*$/u.test(character))).toBe(true);
    expect(frequent).not.toContain('鲁');
  });
});

describe('probeQuery: the rarest adjacent pair of a longer query', () => {
  test.each([
    ['学前教育', '学 前'],
    ['鲁班工坊', '鲁 班'],
    ['学前三年毛入园率', '毛 入'],
    ['双减', '双 减'],
    ['教', '教'],
  ])('%s is probed as "%s"', (query, pair) => {
    setFrequentCharacters(frequent.join('\n'));
    expect(probeQuery(query)).toBe(exactQuery(pair.replaceAll(' ', '')));
  });

  test('without the list, takes the first pair; with no word character, nothing', () => {
    expect(probeQuery('学前教育')).toBe(exactQuery('学前'));
    expect(probeQuery('——')).toBeNull();
  });

  test.each(['学前教育', '学前三年毛入园率', '义务教育优质均衡', '99.54%'])('loses no record that holds %s', (query) => {
    setFrequentCharacters(frequent.join('\n'));
    const pair = probeQuery(query)!.slice(1, -1).split(/\s+/u).join('');
    const holding = records.filter((record) => containsFolded(record.text, query));
    expect(holding.length).toBeGreaterThan(0);
    for (const record of holding) expect(containsFolded(indexedText(indexContent(record.text)), pair)).toBe(true);
  });
});
