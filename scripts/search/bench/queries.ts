/**
 * The benchmark's queries, by category. Most are written by hand from the real plans (and a few
 * on purpose from nowhere in them); two categories are drawn from the indexed text itself, so
 * they follow the plans as they change: substrings that straddle a word boundary, and numbers.
 */
import type { SearchRecord } from '../search-records.ts';

export interface QueryCategory {
  name: string;
  queries: string[];
}

const WRITTEN: readonly QueryCategory[] = [
  {
    name: '常用词',
    queries: [
      '教育',
      '学校',
      '发展',
      '建设',
      '教师',
      '学生',
      '质量',
      '改革',
      '体系',
      '机制',
      '推进',
      '完善',
      '加强',
      '提高',
      '服务',
      '资源',
      '管理',
      '水平',
      '课程',
      '培养',
      '幼儿园',
      '义务教育',
      '职业教育',
      '高中',
      '评价',
    ],
  },
  {
    name: '政策术语',
    queries: [
      '优质均衡',
      '双减',
      '立德树人',
      '产教融合',
      '普惠性',
      '五育并举',
      '集团化办学',
      '县域高中',
      '职普融通',
      '校企合作',
      '教育强国',
      '家校社',
      '智慧教育',
      '数字化',
      '课后服务',
      '思政课',
      '劳动教育',
      '心理健康',
      '特殊教育',
      '民族团结',
      '国家通用语言文字',
      '乡村振兴',
      '控辍保学',
      '新时代',
      '教育现代化',
    ],
  },
  {
    name: '长词组',
    queries: [
      '学前三年毛入园率',
      '九年义务教育巩固率',
      '高中阶段毛入学率',
      '高等教育毛入学率',
      '义务教育优质均衡发展',
      '普惠性幼儿园覆盖率',
      '劳动年龄人口平均受教育年限',
      '习近平新时代中国特色社会主义思想',
      '办好人民满意的教育',
      '建设高质量教育体系',
      '铸牢中华民族共同体意识',
      '义务教育专任教师中本科以上学历比例',
      '新增劳动力中受过高中阶段及以上教育比例',
      '国家学前教育普及普惠县',
      '落实立德树人根本任务',
      '公办幼儿园在园幼儿比例',
      '深化新时代教育评价改革',
      '全面贯彻党的教育方针',
      '加快推进教育现代化',
      '中等职业学校',
    ],
  },
  {
    name: '地名',
    queries: [
      '张掖',
      '甘肃',
      '天津',
      '东丽',
      '白碱滩',
      '克拉玛依',
      '新疆',
      '兵团',
      '第五师',
      '双河',
      '肃南',
      '民乐',
      '临泽',
      '高台',
      '山丹',
      '甘州',
      '河西',
      '京津冀',
      '北京',
      '上海',
      '中华',
      '全国',
      '深圳',
      '乌鲁木齐',
      '博乐',
    ],
  },
  {
    name: '数字',
    queries: ['99.54%', '100%', '2025', '2035', '95%', '83.3%', '67.08%', '140.7亿元', '1778', '2.09%', '3.9万', '91.5', '>99'],
  },
  {
    name: '混合',
    queries: [
      '3+2',
      '5G',
      'STEAM',
      'AI',
      '1+X',
      '互联网+',
      '0-3岁',
      '“三全育人”',
      '专栏7',
      '表1',
      '(2021-2025年)',
      '3+4',
      '“十四五”',
      '十五五',
      'App',
    ],
  },
  {
    name: '全半角与空格',
    queries: [
      '９９．５４％',
      '学前 教育',
      '（一）',
      '(一)',
      'ＳＴＥＡＭ',
      'ＡＩ',
      '3 + 2',
      '优质 均衡',
      '"双减"',
      '（2021-2025年）',
      '１００％',
      '十 四 五',
    ],
  },
  {
    name: '单字',
    queries: ['的', '学', '教', '率', '园', '校', '县', '区', '减', '均', '师', '网', '表', '栏', '五', '%', '+'],
  },
];

const CROSSING_COUNT = 25;
const NUMBER_COUNT = 10;

/** Every category, the written ones and the ones drawn from the records' text. */
export function benchmarkQueries(records: readonly SearchRecord[]): QueryCategory[] {
  const texts = records.map((record) => record.text);
  const written = new Set(WRITTEN.flatMap((category) => category.queries));
  const fresh = (queries: string[]) => [...new Set(queries)].filter((query) => !written.has(query));
  return [
    ...WRITTEN,
    { name: '跨词边界', queries: spread(fresh(wordBoundaryStraddles(texts)), CROSSING_COUNT) },
    { name: '数字（取自正文）', queries: spread(fresh(texts.flatMap((text) => text.match(/\d+\.\d+%?|\d+%/g) ?? [])), NUMBER_COUNT) },
  ];
}

/**
 * Three characters across a boundary that a Chinese word segmenter (ICU's, as browsers use)
 * draws between two words: the last of one and the first two of the next, or the other way.
 */
function wordBoundaryStraddles(texts: readonly string[]): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const han = /^\p{Script=Han}{2,}$/u;
  return texts.flatMap((text) => {
    const words = [...segmenter.segment(text)].map((segment) => segment.segment);
    return words.slice(1).flatMap((word, i) => {
      const before = words[i]!;
      if (!han.test(before) || !han.test(word)) return [];
      return [i % 2 ? before.slice(-1) + word.slice(0, 2) : before.slice(-2) + word.slice(0, 1)];
    });
  });
}

/** `count` items evenly spread over the list, so the choice covers every plan. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}
