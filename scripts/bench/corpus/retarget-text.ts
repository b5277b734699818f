/**
 * Moves a real plan's text to another place and period: its place names become the new place's,
 * its five-year period (`十四五`, `第十四个五年`) and the years around it shift together, and a
 * district's words become a county's (`我区` → `我县`) when the new place is a county.
 */
import type { Place } from './places.ts';

/** Which of the new place's names replaces a name printed in the real plan. */
export type NameRole = 'name' | 'short' | 'city' | 'cityShort' | 'province' | 'provinceShort' | 'division';

export interface Retarget {
  /** Names printed in the real plan and the role each plays (`东丽区` → `name`). */
  readonly names: Readonly<Record<string, NameRole>>;
  readonly place: Place;
  /** The real plan's first year and the new plan's. */
  readonly fromYear: number;
  readonly toYear: number;
  /** The real plan's years, around which printed years are shifted: `[from - 10, to + 1]`. */
  readonly baseYears: readonly [number, number];
  /** The real plan governs a district (`我区`); the new place is a county. */
  readonly districtToCounty: boolean;
}

const PERIODS = ['十一五', '十二五', '十三五', '十四五', '十五五', '十六五', '十七五'] as const;
const NUMERALS = ['十一', '十二', '十三', '十四', '十五', '十六', '十七'] as const;
const DISTRICT_WORDS: Readonly<Record<string, string>> = {
  我区: '我县',
  全区: '全县',
  区委: '县委',
  区政府: '县政府',
  区教育局: '县教育局',
  区人大: '县人大',
  区政协: '县政协',
};

export function retargetText(text: string, retarget: Retarget): string {
  const replacements = new Map<string, string>();
  for (const [printed, role] of Object.entries(retarget.names)) replacements.set(printed, nameFor(retarget.place, role));
  if (retarget.districtToCounty) for (const [district, county] of Object.entries(DISTRICT_WORDS)) replacements.set(district, county);
  const shift = Math.round((retarget.toYear - retarget.fromYear) / 5);
  const delta = retarget.toYear - retarget.fromYear;
  // One pass, longest name first, so a replaced name is never replaced again.
  const keys = [...replacements.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const names = new RegExp(keys.map(escapeRegExp).join('|'), 'gu');
  const [low, high] = [retarget.baseYears[0] - 10, retarget.baseYears[1] + 1];
  return text
    .replace(names, (printed) => replacements.get(printed)!)
    .replace(/(?<![一二三四五六七八九十〇零百千])十([一二三四五六七])五(?!年)/gu, (period) => shiftPeriod(period, shift))
    .replace(/第(十[一二三四五六七])个五年/gu, (whole, numeral: string) => `第${shiftNumeral(numeral, shift)}个五年`)
    .replace(/(?<![\d.])(?:19[89]\d|20[0-4]\d)(?![\d.])/gu, (year) => {
      const value = Number(year);
      return value >= low && value <= high ? String(value + delta) : year;
    });
}

function nameFor(place: Place, role: NameRole): string {
  if (role === 'division') return place.name.match(/^第.+?师/u)?.[0] ?? place.name;
  return place[role];
}

function shiftPeriod(period: string, shift: number): string {
  const index = PERIODS.indexOf(period as (typeof PERIODS)[number]);
  return index < 0 ? period : (PERIODS[index + shift] ?? period);
}

function shiftNumeral(numeral: string, shift: number): string {
  const index = NUMERALS.indexOf(numeral as (typeof NUMERALS)[number]);
  return index < 0 ? numeral : (NUMERALS[index + shift] ?? numeral);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
