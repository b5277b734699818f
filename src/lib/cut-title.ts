/**
 * A 专栏 whose title is only a generic word (东丽 专栏5 “工程”): the export cut the words before
 * it. The title is kept as printed; the page says what happened rather than guess the rest.
 */
const GENERIC_TITLES = new Set(['工程', '计划', '行动', '项目', '专项', '行动计划', '重点工程', '重点项目']);

export function isCutTitle(title: string): boolean {
  return GENERIC_TITLES.has(title.trim());
}

export const CUT_TITLE_NOTE = '原文导出时此专栏的标题不全，只余以上文字；照原文保留，未作补写。';
