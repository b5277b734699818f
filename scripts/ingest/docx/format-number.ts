/**
 * The text Word prints for a counter value in a numbering format (`w:numFmt`): 一, （一）'s 一,
 * ①, ０１… Formats Chinese plans use are written out; a format this reader does not know prints
 * decimal digits, as Word itself does for formats it cannot render.
 */

const LOWER_DIGITS = '零一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_TRADITIONAL_DIGITS = '零壹貳參肆伍陸柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESISED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOPPED = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';

type Formatter = (value: number) => string;

const FORMATS: Readonly<Record<string, Formatter>> = {
  decimal: String,
  decimalZero: (value) => (value >= 0 && value < 10 ? `0${value}` : String(value)),
  decimalHalfWidth: String,
  decimalFullWidth: fullWidth,
  decimalFullWidth2: fullWidth,
  decimalEnclosedCircle: (value) => fromList(CIRCLED, value) ?? String(value),
  decimalEnclosedCircleChinese: (value) => fromList(CIRCLED, value) ?? String(value),
  decimalEnclosedParen: (value) => fromList(PARENTHESISED, value) ?? `(${value})`,
  decimalEnclosedFullstop: (value) => fromList(FULL_STOPPED, value) ?? `${value}.`,
  chineseCounting: (value) => counting(value, LOWER_DIGITS, '十百千'),
  chineseCountingThousand: (value) => counting(value, LOWER_DIGITS, '十百千'),
  taiwaneseCounting: (value) => counting(value, LOWER_DIGITS, '十百千'),
  taiwaneseCountingThousand: (value) => counting(value, LOWER_DIGITS, '十百千'),
  japaneseCounting: (value) => counting(value, LOWER_DIGITS, '十百千'),
  chineseLegalSimplified: (value) => counting(value, LEGAL_DIGITS, '拾佰仟', true),
  ideographLegalTraditional: (value) => counting(value, LEGAL_TRADITIONAL_DIGITS, '拾佰仟', true),
  ideographDigital: (value) => digitByDigit(value, '〇一二三四五六七八九'),
  taiwaneseDigital: (value) => digitByDigit(value, '〇一二三四五六七八九'),
  ideographTraditional: (value) => cyclic(HEAVENLY_STEMS, value),
  ideographZodiac: (value) => cyclic(EARTHLY_BRANCHES, value),
  upperRoman: (value) => roman(value),
  lowerRoman: (value) => roman(value).toLowerCase(),
  upperLetter: (value) => letters(value),
  lowerLetter: (value) => letters(value).toLowerCase(),
  ordinal: (value) => `${value}${englishOrdinalSuffix(value)}`,
  none: () => '',
};

/** Whether `format` is one this reader writes out (else it prints decimal digits). */
export function isKnownNumberFormat(format: string): boolean {
  return format in FORMATS || format === 'bullet' || ZERO_PADDED.test(format);
}

export function formatNumber(value: number, format: string): string {
  const padded = ZERO_PADDED.exec(format);
  if (padded) return String(value).padStart(padded[1]!.length, '0');
  return (FORMATS[format] ?? String)(value);
}

/** Word 2010's zero-padded custom formats (`001, 002, 003, ...`), as `readCustomFormat` names them. */
const ZERO_PADDED = /^custom:(0+1)$/u;

/**
 * A Word 2010 custom format (`w:numFmt w:val="custom" w:format="001, 002, 003, ..."`) as a format
 * this module writes: zero-padded digits, or the known format whose first value is the custom
 * format's first; undefined when it is neither.
 */
export function readCustomFormat(pattern: string): string | undefined {
  const first = pattern.split(',')[0]!.trim();
  if (/^0+1$/u.test(first)) return `custom:${first}`;
  return Object.keys(FORMATS).find((format) => format !== 'none' && FORMATS[format]!(1) === first);
}

function fullWidth(value: number): string {
  return String(value).replace(/\d/gu, (digit) => String.fromCodePoint(0xff10 + Number(digit)));
}

function fromList(list: string, value: number): string | undefined {
  return value >= 1 && value <= [...list].length ? [...list][value - 1] : undefined;
}

function cyclic(list: string, value: number): string {
  return value >= 1 ? list[(value - 1) % list.length]! : String(value);
}

/**
 * 一 … 十, 十一, 二十, 一百零五, 一千零一十: a leading 一十 is written 十 in the plain forms; the legal
 * forms (壹拾) keep it.
 */
function counting(value: number, digits: string, units: string, keepLeadingOne = false): string {
  if (!Number.isInteger(value) || value < 0 || value > 9999) return String(value);
  const zero = digits.charAt(0);
  if (value === 0) return zero;
  // Each place's digit with the unit written after it: 千, 百, 十, none.
  const places: Array<[digit: number, unit: string]> = [
    [Math.floor(value / 1000), units.charAt(2)],
    [Math.floor(value / 100) % 10, units.charAt(1)],
    [Math.floor(value / 10) % 10, units.charAt(0)],
    [value % 10, ''],
  ];
  let out = '';
  let pendingZero = false;
  places.forEach(([digit, unit], index) => {
    if (digit === 0) {
      if (out !== '') pendingZero = true;
      return;
    }
    if (pendingZero) out += zero;
    pendingZero = false;
    const isLeadingTen = out === '' && index === 2 && digit === 1 && !keepLeadingOne;
    out += (isLeadingTen ? '' : digits.charAt(digit)) + unit;
  });
  return out;
}

function digitByDigit(value: number, digits: string): string {
  return String(value).replace(/\d/gu, (digit) => digits[Number(digit)]!);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const numerals: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/** Word's letters repeat rather than carry: 26 → Z, 27 → AA, 28 → BB, 53 → AAA. */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCodePoint(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function englishOrdinalSuffix(value: number): string {
  if (value % 100 >= 11 && value % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}
