/**
 * Kinds of plan a place issues besides its education development plan, so that a national corpus
 * holds more plans than places × periods: a 学前教育 action plan, an 义务教育 implementation plan…
 * A synthetic plan of a kind keeps its model's body and takes the kind's title and id.
 */

export interface PlanKind {
  /** Part of the plan id after the place's pinyin (`tongwei-xueqian-2021-2025`). */
  readonly slug: string;
  /** The title after the place and period (`通渭县“十四五”学前教育发展提升行动计划`). */
  readonly title: string;
}

export const PLAN_KINDS: readonly PlanKind[] = [
  { slug: 'xueqian', title: '学前教育发展提升行动计划' },
  { slug: 'yiwu', title: '义务教育优质均衡发展实施方案' },
  { slug: 'gaozhong', title: '普通高中多样化特色发展规划' },
  { slug: 'zhijiao', title: '职业教育高质量发展规划' },
  { slug: 'tejiao', title: '特殊教育发展提升行动计划' },
  { slug: 'jiaoshi', title: '教师队伍建设规划' },
  { slug: 'xinxihua', title: '教育信息化发展规划' },
  { slug: 'yuyan', title: '语言文字事业发展规划' },
];

/** A kind's title for a place: `<place>“<period>”<kind>`, or `<place><kind>（<year>年）` for a one-year plan. */
export function kindTitle(kind: PlanKind, placeName: string, period: string | null, years: readonly [number, number]): string {
  return period === null ? `${placeName}${kind.title}（${years[0]}年）` : `${placeName}“${period}”${kind.title}`;
}
