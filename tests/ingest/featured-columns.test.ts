import { describe, expect, it } from 'vitest';
import { joinFragments, readBoxColumn, readColumnHeading } from '../../scripts/ingest/featured-columns.ts';
import { cleanLines } from '../../scripts/ingest/clean-lines.ts';
import { readFileSync } from 'node:fs';

/** The lines inside a boxed column excerpt, without its `(` and `)` lines. */
const box = (name: string) => cleanLines(readFileSync(new URL(`../fixtures/columns/${name}`, import.meta.url), 'utf8')).slice(1, -1);

describe('readColumnHeading', () => {
  it.each([
    ['专栏1 社会主义核心价值观培育践行工程', '专栏1', 1, '社会主义核心价值观培育践行工程'],
    ['栏目5 基于教育教学质量提升的教研文化建设工程', '栏目5', 5, '基于教育教学质量提升的教研文化建设工程'],
    ['专栏:高质量教育体系建设工程', '专栏:', null, '高质量教育体系建设工程'],
    ['专栏7绿色教育培育工程', '专栏7', 7, '绿色教育培育工程'],
  ])('reads %s', (text, label, ordinal, title) => {
    expect(readColumnHeading(text)).toEqual({ label, ordinal, title });
  });

  it('does not take the ordinary word 栏目 for a label', () => {
    expect(readColumnHeading('栏目设置更加合理')).toBeNull();
  });
});

describe('readBoxColumn', () => {
  it('joins a number and a title printed on separate lines, and fragments into sentences', () => {
    const column = readBoxColumn(box('dongli-green-education.txt'), 1);
    expect(column).toMatchObject({ label: '专栏7', ordinal: 7, title: '绿色教育培育工程', line: 2 });
    expect(column.items).toEqual([
      '开展绿色学校创建行动。引导师生落实绿色环保生活理念，反对奢侈浪费和不合理消费，树立正确价值观、生活观、消费观，形成可持续发展理念、知识和能力。将生态文明理念融入教育全过程，鼓励学校开发生态文明相关课程，开展生态文明教育实践活动，深化节水、节电、节粮教育和校园垃圾分类教育，新增10所天津市绿色学校。',
      '开展绿色教育行动研究。建立绿色课堂评价指标体系，落实减负增效的要求。',
      '开展“绿色教育文化建设”“绿色教育理论与制度构建”等行动研究，将“尊重生命、尊重规律、尊重差异”的绿色教育理念发展成为全区课堂教学共同价值追求，引领教育内涵发展，促进教育品质提升。',
    ]);
  });

  it('reads an unlabelled box whose title lost all but its last word, keeping it as printed', () => {
    const column = readBoxColumn(box('dongli-labour-education.txt'), 1);
    expect(column).toMatchObject({ label: null, ordinal: null, title: '工程' });
    expect(column.items).toHaveLength(3);
    expect(column.items[1]).toBe(
      '加强“劳动实践课堂”建设。拓展劳动教育途径，整合家庭、学校社会各方面力量，培育一批校级和区级实践课程、示范课程，着力打造劳动育人品牌。建好区级劳动教育实践基地，支持育才中学争创天津市青少年社会实践和劳动教育基地，打造一批劳动教育合作基地。支持职教中心学校建设中小学生劳动实践工坊。',
    );
  });
});

describe('joinFragments', () => {
  it('keeps complete sentences apart and a title split over lines together', () => {
    expect(joinFragments(['每年举办一次校园文化艺术节。', '每年举办一次学校美育成果展示活动。'])).toHaveLength(2);
    expect(joinFragments(['创建', '10', '所校园足球、篮球、', '乒乓球', '、武术', '等', '特色学校。'])).toEqual([
      '创建10所校园足球、篮球、乒乓球、武术等特色学校。',
    ]);
  });

  it('keeps a trailing fragment that never ends its sentence', () => {
    expect(joinFragments(['开展幼小衔接质量提升行动。深化幼小衔接研究，设'])).toEqual(['开展幼小衔接质量提升行动。深化幼小衔接研究，设']);
  });
});
