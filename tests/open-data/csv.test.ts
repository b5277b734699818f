import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { parseCsv } from './parse-csv.ts';

describe('toCsv', () => {
  const csv = toCsv(
    ['name', 'raw'],
    [
      ['学生体质健康优良率', '小学：60 / 初中：60 / 高中：50'],
      ['生均教学仪器设备值', '小学：0.50, "初中"\r\n0.76'],
    ],
  );

  test('opens with a byte order mark and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFFname,raw\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('quotes only fields with a quote, comma or line break, doubling quotes', () => {
    expect(csv).toContain('\r\n学生体质健康优良率,小学：60 / 初中：60 / 高中：50\r\n');
    expect(csv).toContain('\r\n生均教学仪器设备值,"小学：0.50, ""初中""\r\n0.76"\r\n');
  });

  test('reads back to the same fields', () => {
    expect(parseCsv(csv.slice(1))).toEqual([
      ['name', 'raw'],
      ['学生体质健康优良率', '小学：60 / 初中：60 / 高中：50'],
      ['生均教学仪器设备值', '小学：0.50, "初中"\r\n0.76'],
    ]);
  });
});
