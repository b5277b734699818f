/**
 * A corrected edition of 张掖, made from the seed's own lines as an office would correct it: a
 * chapter inserted at the front, a section, a paragraph and a table inserted, a heading fixed, and
 * the labels after each insertion renumbered.
 */
export function correctedEdition(text: string): string {
  const renumbered = text
    .replace('第三部分  重点工作任务', '第四部分  重点工作任务')
    .replace('第二部分  指导思想和发展目标', '第三部分  指导思想和发展目标')
    .replace('第一部分  发展基础和发展环境', '第二部分  发展基础和发展环境')
    .replace('表2  张掖教育事业发展', '表3  张掖教育事业发展')
    .replace('表1  “十四五”时期张掖', '表2  “十四五”时期张掖')
    .replace('\n三、“十五五”发展目标\n', '\n四、“十五五”发展目标\n')
    .replace('\n二、发展原则\n', '\n三、发展原则\n')
    .replace('\n一、指导思想\n', '\n一、指导方针\n');
  const lines = renumbered.split('\n');
  const insertBefore = (startsWith: string, inserted: string[]) => {
    const at = lines.findIndex((line) => line.startsWith(startsWith));
    if (at < 0) throw new Error(`no line starts with ${startsWith}`);
    lines.splice(at, 0, ...inserted);
  };
  insertBefore('第二部分  发展基础和发展环境', [
    '第一部分  编制依据',
    '',
    '本规划依据《教育强国建设规划纲要（2024—2035年）》和《张掖市国民经济和社会发展第十五个五年规划纲要》编制。',
    '',
  ]);
  insertBefore('表2  “十四五”时期张掖', [
    '表1  张掖市教育事业基本情况',
    '\t项    目',
    '\t2025年',
    '',
    '\t各级各类学校（所）',
    '\t356',
    '',
    '\t在校学生（万人）',
    '\t21.3',
    '',
    '',
  ]);
  insertBefore('（一）政策环境孕育新机遇', ['从外部看，新一轮科技革命和产业变革深入发展，人工智能等新技术深刻改变教育形态。']);
  insertBefore('三、发展原则', ['二、总体思路', '', '坚持优先发展、统筹推进，以教育强市建设为统领，推动各级各类教育高质量发展。', '']);
  return lines.join('\n');
}
