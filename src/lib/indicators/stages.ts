/**
 * The stage (学段) or field an indicator belongs to, for grouping the explorer. Decided by words in
 * the name, first rule first, so that a name naming two stages lands where a reader looks for it:
 * `新增劳动力中受过高中阶段及以上教育比例` is about the workforce, `义务教育专任教师中本科以上学历比例`
 * about teachers. A name with no such word is placed by its row's category (`职业教育`).
 */
export interface Stage {
  /** Anchor of the stage's section on the explorer page. */
  id: string;
  label: string;
  /** Words that place a name in this stage. */
  words: readonly string[];
}

/** In the explorer's order; the last, 其他, names no words and takes what no other stage does. */
export const STAGES: readonly Stage[] = [
  { id: 'human-resources', label: '人力资源', words: ['劳动力', '劳动年龄', '人力资源', '受教育年限'] },
  { id: 'teachers', label: '教师队伍', words: ['教师', '师资', '职称', '校长'] },
  { id: 'special', label: '特殊教育', words: ['残疾', '特殊教育', '特教'] },
  { id: 'preschool', label: '学前教育', words: ['学前', '幼儿', '入园'] },
  { id: 'compulsory', label: '义务教育', words: ['义务教育', '小学', '初中'] },
  { id: 'senior-secondary', label: '高中阶段教育', words: ['高中'] },
  { id: 'vocational', label: '职业教育', words: ['职业', '中职', '高职', '学徒', '产教'] },
  { id: 'higher', label: '高等教育', words: ['高等教育', '本科', '研究生', '高校', '大学'] },
  { id: 'students', label: '学生发展', words: ['体质', '健康', '近视', '体育'] },
  { id: 'conditions', label: '办学条件', words: ['生均', '仪器', '校舍', '经费', '信息化'] },
  { id: 'other', label: '其他', words: [] },
];

/** The stage of the first text that names one: the name, then the row's categories; else 其他, the last. */
export function stageOf(name: string, categories: readonly (string | null)[]): Stage {
  for (const text of [name, ...categories]) {
    const stage = text === null ? undefined : STAGES.find((candidate) => candidate.words.some((word) => text.includes(word)));
    if (stage) return stage;
  }
  return STAGES.at(-1)!;
}
