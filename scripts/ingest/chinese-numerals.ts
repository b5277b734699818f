/** Chinese numerals as plans number their parts: 一 … 十, 十一 … 二十九, 一百. */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
export const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百]+';

/** The value of a Chinese numeral up to 999, or null when the string is not one. */
export function parseChineseNumeral(numeral: string): number | null {
  if (!new RegExp(`^${CHINESE_NUMERAL}$`, 'u').test(numeral)) return null;
  let total = 0;
  let pending = 0;
  for (const char of numeral) {
    if (char === '百' || char === '十') {
      total += (pending || 1) * (char === '百' ? 100 : 10);
      pending = 0;
    } else {
      pending = pending * 10 + DIGITS[char]!;
    }
  }
  const value = total + pending;
  // Reject digit strings that are not numerals, such as 十四五 (the 14th five-year plan).
  if (value < 1 || value > 999) return null;
  return formatChineseNumeral(value) === numeral.replace(/两/gu, '二').replace(/〇/gu, '零') ? value : null;
}

/** The Chinese numeral for 1 … 999, written as plans write it (十一, 二十, 一百零五). */
export function formatChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 999) throw new RangeError(`cannot write ${value} as a Chinese numeral`);
  const names = '零一二三四五六七八九';
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const units = value % 10;
  let out = hundreds ? `${names[hundreds]}百` : '';
  if (tens) out += `${tens === 1 && !hundreds ? '' : names[tens]}十`;
  else if (hundreds && units) out += '零';
  if (units) out += names[units];
  return out;
}
