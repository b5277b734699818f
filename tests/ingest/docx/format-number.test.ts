import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../scripts/ingest/docx/format-number.ts';

const run = (format: string, values: number[]) => values.map((value) => formatNumber(value, format));

describe('formatNumber: what Word prints for a counter value', () => {
  it('writes chineseCounting as plans number their parts: 十, 十一, 二十, 一百零五', () => {
    expect(run('chineseCounting', [1, 3, 10, 11, 19, 20, 21, 65, 100, 105, 110, 1001])).toEqual([
      '一',
      '三',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '六十五',
      '一百',
      '一百零五',
      '一百一十',
      '一千零一',
    ]);
    expect(run('chineseCountingThousand', [10, 12, 30])).toEqual(['十', '十二', '三十']);
  });

  it('keeps the leading 壹拾 in the legal forms', () => {
    expect(run('chineseLegalSimplified', [1, 10, 12, 20])).toEqual(['壹', '壹拾', '壹拾贰', '贰拾']);
  });

  it('writes the heavenly stems for ideographTraditional and digits one by one for ideographDigital', () => {
    expect(run('ideographTraditional', [1, 2, 10, 11])).toEqual(['甲', '乙', '癸', '甲']);
    expect(run('ideographDigital', [7, 10, 2025])).toEqual(['七', '一〇', '二〇二五']);
  });

  it('encloses 1–20 in circles, parentheses and full stops, then prints digits', () => {
    expect(run('decimalEnclosedCircle', [1, 5, 20, 21])).toEqual(['①', '⑤', '⑳', '21']);
    expect(run('decimalEnclosedParen', [1, 20, 21])).toEqual(['⑴', '⒇', '(21)']);
    expect(run('decimalEnclosedFullstop', [3])).toEqual(['⒊']);
  });

  it('writes full-width, zero-padded, Roman and letter forms', () => {
    expect(run('decimalFullWidth', [1, 12])).toEqual(['１', '１２']);
    expect(run('decimalZero', [1, 9, 10])).toEqual(['01', '09', '10']);
    expect(run('upperRoman', [4, 14])).toEqual(['IV', 'XIV']);
    expect(run('lowerLetter', [1, 26, 27, 28])).toEqual(['a', 'z', 'aa', 'bb']);
    expect(run('none', [3])).toEqual(['']);
  });

  it('prints decimal digits for a format it does not know', () => {
    expect(formatNumber(7, 'hebrew2')).toBe('7');
  });
});
