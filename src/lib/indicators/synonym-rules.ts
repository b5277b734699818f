/**
 * Names that differ in wording but state the same indicator. Each rule is written out with its
 * reason and matches whole normalised names only: two names are one indicator when they are equal
 * after `normaliseName`, or when one rule matches both. Nothing is matched by similarity.
 */
export interface SynonymRule {
  /** The name the explorer shows for every wording the rule matches. */
  canonical: string;
  /** Whole normalised names (half-width brackets, no spaces) the rule matches. */
  pattern: RegExp;
  /** Why the wordings are one indicator, shown on the indicator's page. */
  why: string;
}

export const SYNONYM_RULES: readonly SynonymRule[] = [
  {
    canonical: '学前教育毛入园率',
    pattern: /^学前(?:教育)?(?:三年|3年)?(?:教育)?毛入园率$/u,
    why: '学前教育毛入园率按学前三年（3—5岁）计算，“学前三年毛入园率”“学前教育三年毛入园率”是同一指标的写法。',
  },
  {
    canonical: '普惠性幼儿园覆盖率',
    pattern: /^(?:(?:普惠性幼儿园|普惠园)覆盖率(?:\(公办园和普惠性民办园在园幼儿占比\))?|公办园和普惠性民办园在园幼儿占比)$/u,
    why: '“普惠园”是“普惠性幼儿园”的简称；普惠性幼儿园覆盖率即“公办园和普惠性民办园在园幼儿占比”（加快推进**教育现代化实施方案正文如此界定）。',
  },
  {
    canonical: '公办幼儿园在园幼儿比例',
    pattern: /^公办(?:幼儿)?园在园幼儿(?:比例|占比)$/u,
    why: '“公办园”是“公办幼儿园”的简称，“占比”即“比例”（张掖规划正文作“公办园在园幼儿占比”，表中作“公办幼儿园在园幼儿比例”）。',
  },
  {
    canonical: '九年义务教育巩固率',
    pattern: /^(?:九年)?义务教育巩固率$/u,
    why: '义务教育即九年义务教育，“义务教育巩固率”与“九年义务教育巩固率”是同一指标。',
  },
  {
    canonical: '高中阶段教育毛入学率',
    pattern: /^高中阶段(?:教育)?毛入学率$/u,
    why: '“高中阶段毛入学率”省去了“教育”二字，与“高中阶段教育毛入学率”是同一指标。',
  },
  {
    canonical: '义务教育优质均衡县（区）比例',
    pattern: /^(?:县域内?)?义务教育优质均衡(?:发展)?县(?:\(区\))?的?比例$/u,
    why: '指实现县域义务教育优质均衡发展的县（区）所占比例；“县域内”“（区）”“的”只是写法不同。',
  },
];

/** The rule a normalised name falls under, if any. */
export function synonymRuleFor(normalisedName: string): SynonymRule | null {
  return SYNONYM_RULES.find((rule) => rule.pattern.test(normalisedName)) ?? null;
}
