import { describe, expect, test } from 'vitest';
import { isDrawn, printedUnit, readValue, rowUnit } from '../../src/lib/indicators/value-reading.ts';
import { valueNote } from '../../src/lib/indicators/value-note.ts';
import type { IndicatorValue } from '../../src/lib/plan-schema.ts';

// Values as the ingest reads them from the real tables (东丽, 张掖 表1).
const value = (year: number | null, raw: string, number: number | null, comparator?: string): IndicatorValue =>
  comparator === undefined ? { year, raw, value: number } : { year, raw, value: number, comparator };
const dongliOver99 = value(2025, '>99', 99, '>');
const dongliFitness = value(2025, '小学：60 / 初中：60 / 高中：50', null);
const zhangyeYears2025 = value(2025, '10.2%', 10.2);

describe('rowUnit', () => {
  test('is the table’s unit when it has one', () => {
    expect(rowUnit({ unit: '年', baseline: value(2020, '9.8', 9.8), target: zhangyeYears2025 })).toBe('年');
  });

  test('is the unit the values print when the table gives none (张掖 表1: 99.51 → 99.54%)', () => {
    expect(rowUnit({ unit: null, baseline: value(2020, '99.51', 99.51), target: value(2025, '99.54%', 99.54) })).toBe('%');
    expect(rowUnit({ unit: null, baseline: value(2020, '72%', 72), target: value(2025, '75％', 75) })).toBe('%');
  });

  test('is null when nothing says it', () => {
    expect(rowUnit({ unit: null, baseline: value(2020, '0', 0), target: value(2025, '1', 1) })).toBeNull();
  });
});

describe('readValue', () => {
  test('a plain number, with or without its printed unit, is drawn', () => {
    expect(readValue(value(2020, '91.5', 91.5), '%')).toEqual({ kind: 'number', value: 91.5 });
    expect(readValue(value(2025, '99.54%', 99.54), '%')).toEqual({ kind: 'number', value: 99.54 });
  });

  test('>99 is a bound, drawn at 99', () => {
    expect(readValue(dongliOver99, '%')).toEqual({ kind: 'bound', value: 99, comparator: '>' });
  });

  test('several numbers in one cell are not a number and are never drawn', () => {
    const reading = readValue(dongliFitness, '%');
    expect(reading).toEqual({ kind: 'not-a-number' });
    expect(isDrawn(reading)).toBe(false);
  });

  test('a % printed in a row of years is not drawn as years (张掖 劳动年龄人口平均受教育年限 2025: 10.2%)', () => {
    const reading = readValue(zhangyeYears2025, '年');
    expect(reading).toEqual({ kind: 'unit-conflict', printedUnit: '%', unit: '年' });
    expect(isDrawn(reading)).toBe(false);
  });

  test('printedUnit reads % and ‰, full width too, and nothing else', () => {
    expect([printedUnit('99.54%'), printedUnit('95％'), printedUnit('3‰'), printedUnit('>99'), printedUnit('小学：60')]).toEqual([
      '%',
      '%',
      '‰',
      null,
      null,
    ]);
  });
});

describe('valueNote', () => {
  test('says nothing when the print is the number', () => {
    expect(valueNote(value(2020, '91.5', 91.5), '%')).toBeNull();
    expect(valueNote(value(2025, '99.54%', 99.54), '%')).toBeNull();
  });

  test('names a bound and the number drawn for it', () => {
    expect(valueNote(dongliOver99, '%')).toBe('下限，图中按 99 画');
    expect(valueNote(value(2025, '≤5', 5, '≤'), '%')).toBe('上限，图中按 5 画');
  });

  test('says why a value is not drawn', () => {
    expect(valueNote(dongliFitness, '%')).toBe('不是单一数值，未画入图中');
    expect(valueNote(zhangyeYears2025, '年')).toBe('印有“%”，与本行单位“年”不符，未画入图中');
    expect(valueNote(value(null, '95', 95), '%')).toBe('未标年份，未画入图中');
  });

  test('shows the number read when the print writes it differently', () => {
    expect(valueNote(value(2025, '1,200', 1200), '人')).toBe('读作 1200');
  });
});
