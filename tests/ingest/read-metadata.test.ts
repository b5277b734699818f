import { describe, expect, it } from 'vitest';
import { periodYears, readMetadata, readPeriod, readYears } from '../../scripts/ingest/read-metadata.ts';

describe('five-year periods and years from a title', () => {
  it.each([
    ['全国教育事业“九五”计划和2010年发展规划', '九五', [1996, 2000]],
    ['国家教育事业发展“十一五”规划纲要', '十一五', [2006, 2010]],
    ['中华人民共和国国民经济和社会发展第十三个五年规划纲要', '十三五', [2016, 2020]],
    ['中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要', '十四五', [2021, 2025]],
    ['国民经济和社会发展第十个五年计划纲要', '十五', [2001, 2005]],
    ['张掖市“十五五”教育发展规划', '十五五', [2026, 2030]],
  ])('%s: %s, %j', (title, period, years) => {
    expect(readPeriod(title)).toBe(period);
    expect(readYears(title, readPeriod(title))).toEqual(years);
  });

  it.each([
    ['某区教育事业发展规划（2016—2020年）', [2016, 2020]],
    ['中华人民共和国国民经济和社会发展第十四个五年（2021－2025年）规划', [2021, 2025]],
    ['白碱滩区教育事业改革与发展“十四五”规划（2021-2025年）', [2021, 2025]],
    ['加快推进**教育现代化实施方案（2025-2025年）', [2025, 2025]],
  ])('reads the years printed in %s', (title, years) => {
    expect(readYears(title, null)).toEqual(years);
  });

  it.each([
    ['中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要', '中华人民共和国'],
    ['全国教育事业“九五”计划和2010年发展规划', '全国'],
    ['白碱滩区教育事业改革与发展“十四五”规划（2021-2025年）', '白碱滩区'],
    ['加快推进**教育现代化实施方案（2025-2025年）', null],
  ])('reads the region %s begins with: %s', (title, region) => {
    expect(readMetadata({ titleLines: [title], planId: 'p' }, {}, 1).metadata.region).toBe(region);
  });

  it('dates the periods as they ran: 1953, 1958, then from 1966 without a gap', () => {
    expect([1, 2, 3, 6, 9, 15].map((n) => periodYears(n)[0])).toEqual([1953, 1958, 1966, 1981, 1996, 2026]);
  });

  it('finds no period in a title that names none, and says so', () => {
    const { metadata, warnings } = readMetadata({ titleLines: ['加快推进**教育现代化实施方案'], planId: 'xiandaihua' }, {}, 1);
    expect(metadata.period).toBeNull();
    expect(metadata.years).toBeNull();
    expect(warnings.filter((warning) => warning.code === 'metadata-missing').map((warning) => warning.message.split(' ')[0])).toEqual([
      'region',
      'period',
      'years',
      'issuer',
    ]);
  });

  it('names no empty field the sidecar set to null on purpose', () => {
    const { warnings } = readMetadata(
      { titleLines: ['加快推进**教育现代化实施方案（2025-2025年）'], planId: 'xiandaihua' },
      { region: null, period: null, issuer: null },
      1,
    );
    expect(warnings.filter((warning) => warning.code === 'metadata-missing')).toEqual([]);
  });
});
