/**
 * What the generator knows of each real plan: which places it can stand for, and the names it
 * prints that belong to its place. A plan not described here is copied into a corpus but never
 * used as a model.
 */
import type { PlaceKind } from './places.ts';
import type { NameRole } from './retarget-text.ts';

export interface BasePlan {
  /** The real plan's id (its file name in content/sources/). */
  readonly id: string;
  /** Kinds of place a plan made from it can be for. */
  readonly kinds: readonly PlaceKind[];
  /** Names it prints for its place, and which name of the new place replaces each. */
  readonly names: Readonly<Record<string, NameRole>>;
  /** It is a one-year plan (`2025-2025年`) with no five-year period: a copy gets one year of the period drawn. */
  readonly singleYear?: boolean;
  /** It governs a district: a copy for a county says 我县, 县委. */
  readonly district?: boolean;
}

export const BASE_PLANS: readonly BasePlan[] = [
  { id: 'zhangye-2026-2030', kinds: ['city'], names: { 张掖市: 'name', 张掖: 'short', 甘肃省: 'province', 甘肃: 'provinceShort' } },
  // The export redacts its city as **; a copy names its city (`中共**市委` → `中共宁波市委`).
  { id: 'xiandaihua-2025', kinds: ['city'], names: { '**': 'short' }, singleYear: true },
  {
    id: 'dongli-2021-2025',
    kinds: ['district', 'county'],
    names: { 东丽区: 'name', 东丽: 'short', 天津市: 'city', 天津: 'cityShort' },
    district: true,
  },
  {
    id: 'baijiantan-2021-2025',
    kinds: ['district', 'county'],
    names: {
      '白碱滩区（克拉玛依高新区）': 'name',
      白碱滩区: 'name',
      白碱滩: 'short',
      克拉玛依市: 'city',
      克拉玛依: 'cityShort',
      新疆维吾尔自治区: 'province',
      新疆: 'provinceShort',
    },
    district: true,
  },
  { id: 'shuanghe-2026-2030', kinds: ['division'], names: { 第五师双河市: 'name', 第五师: 'division', 双河市: 'city', 双河: 'cityShort' } },
];
