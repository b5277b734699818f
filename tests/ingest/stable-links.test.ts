/**
 * Stable links across editions: a corrected edition of 张掖 (a chapter inserted at the front, a
 * section, a paragraph and a table inserted, a heading fixed; later labels renumbered as an office
 * would) is published over the record of the first edition. Every link of the first edition must
 * show its passage, or a note saying it changed, moved or is gone.
 */
import { describe, expect, it } from 'vitest';
import { ingestPlan, type IngestedPlan } from '../../scripts/ingest/ingest-plan.ts';
import { planUnits, publishRecordOf, unitDigest, type PublishRecord } from '../../scripts/ingest/publish-record.ts';
import { reconcileEditions } from '../../scripts/ingest/reconcile-editions.ts';
import { correctedEdition } from './corrected-edition.ts';
import { seedSource } from './run-ingest.ts';

const seed = seedSource('zhangye-2026-2030');
const { file, sidecar } = seed;
const seedText = new TextDecoder().decode(seed.bytes);
const ingest = (text: string, published?: PublishRecord): IngestedPlan =>
  ingestPlan({ file, bytes: new TextEncoder().encode(text), sidecar, published });

describe('a corrected edition of 张掖, published over the first edition’s record', () => {
  const first = ingest(seedText);
  const record = publishRecordOf(first.plan.id, 'zhangye-2026-2030.txt', planUnits(first.plan));
  const second = ingest(correctedEdition(seedText), record);
  const edition = second.edition!;
  const now = new Map(planUnits(second.plan).map((unit) => [unit.key, unit]));
  const changed = new Set(edition.changed.map((unit) => unit.key));
  const retired = new Map(edition.retired.map((unit) => [unit.key, unit]));

  it('loses no text: the corrected edition passes the lossless check', () => {
    expect(second.plan.warnings.filter((warning) => warning.code === 'text-not-placed')).toEqual([]);
    expect(second.plan.chapters).toHaveLength(4);
    expect(second.plan.tables).toHaveLength(3);
  });

  it('every old link shows its old passage, or a note that it changed, moved or is gone', () => {
    for (const old of record.units) {
      const shown = now.get(old.key);
      if (shown && unitDigest(shown.text) === old.digest) continue;
      if (shown) expect(changed.has(old.key), `${old.key} shows another passage without a note`).toBe(true);
      else expect(retired.has(old.key), `${old.key} shows nothing and no note`).toBe(true);
    }
  });

  it('chapter URLs keep their chapters; the new chapter takes a number never used', () => {
    const title = (n: number) => second.plan.chapters.find((chapter) => chapter.n === n)?.title;
    for (const chapter of first.plan.chapters) expect(title(chapter.n)).toBe(chapter.title);
    expect(second.plan.chapters.map((chapter) => [chapter.number, chapter.n, chapter.url])).toEqual([
      ['第一部分', 4, '/plans/zhangye-2026-2030/4/'],
      ['第二部分', 1, '/plans/zhangye-2026-2030/1/'],
      ['第三部分', 2, '/plans/zhangye-2026-2030/2/'],
      ['第四部分', 3, '/plans/zhangye-2026-2030/3/'],
    ]);
  });

  it('table numbers (and so /tables/<n>.csv) keep their tables; the new 表1 is table 3', () => {
    const caption = (n: number) => second.plan.tables.find((table) => table.n === n)?.caption;
    expect(caption(1)).toMatch(/^表2 {2}“十四五”时期张掖/u);
    expect(caption(2)).toMatch(/^表3 {2}张掖教育事业发展/u);
    expect(caption(3)).toBe('表1  张掖市教育事业基本情况');
    expect(second.plan.tables.map((table) => table.anchor)).toEqual(['table-3', 'table-1', 'table-2']);
  });

  it('the fixed heading keeps its anchor with a note; new sections and paragraphs take anchors never used', () => {
    const chapter2 = second.plan.chapters.find((chapter) => chapter.n === 2)!;
    expect(chapter2.sections.map((section) => [section.number, section.title, section.anchor])).toEqual([
      ['一、', '指导方针', 's1'],
      ['二、', '总体思路', 's4'],
      ['三、', '发展原则', 's2'],
      ['四、', '“十五五”发展目标', 's3'],
    ]);
    expect(edition.changed).toEqual([{ kind: 'section', key: '2#s1', excerpt: '指导思想' }]);
    const environment = second.plan.chapters.find((chapter) => chapter.n === 1)!.sections[1]!;
    expect(environment.blocks.map((block) => (block.type === 'paragraph' ? block.anchor : block.type))).toEqual([
      's2-p1',
      's2-p7',
      's2-p2',
      's2-p3',
      's2-p4',
      's2-p5',
      's2-p6',
    ]);
  });

  it('counts what became of the first edition’s links', () => {
    // Added: the chapter and its paragraph, the table, the paragraph, the section and its paragraph.
    expect(edition.counts).toEqual({ kept: record.units.length - 1, changed: 1, moved: 0, gone: 0, added: 6 });
  });

  it('publishing the same edition again changes nothing', () => {
    const again = reconcileEditions(record.units, planUnits(first.plan));
    expect([...again.keys].every(([key, final]) => key === final)).toBe(true);
    expect(again.counts).toEqual({ kept: record.units.length, changed: 0, moved: 0, gone: 0, added: 0 });
  });
});

describe('reconcileEditions on units', () => {
  const record = publishRecordOf('p', 'p.txt', [
    { kind: 'chapter', key: '1', text: '发展基础' },
    { kind: 'section', key: '1#s1', text: '主要成就' },
    { kind: 'paragraph', key: '1#s1-p1', text: '学前三年毛入园率达到99.54%。' },
    { kind: 'paragraph', key: '1#s1-p2', text: '九年义务教育巩固率保持100%。' },
    { kind: 'chapter', key: '2', text: '重点任务' },
    { kind: 'paragraph', key: '2#s0-p1', text: '推进教育数字化。' },
  ]);

  it('a passage gone leaves a note at its key, which is never given to another passage', () => {
    const result = reconcileEditions(record.units, [
      { kind: 'chapter', key: '1', text: '发展基础' },
      { kind: 'section', key: '1#s1', text: '主要成就' },
      { kind: 'paragraph', key: '1#s1-p1', text: '九年义务教育巩固率保持100%。' },
      { kind: 'paragraph', key: '1#s1-p2', text: '高中阶段教育毛入学率达到97%。' },
      { kind: 'chapter', key: '2', text: '重点任务' },
    ]);
    expect(result.keys.get('1#s1-p1')).toBe('1#s1-p2');
    expect(result.keys.get('1#s1-p2')).toBe('1#s1-p3');
    expect(result.retired).toEqual([
      { kind: 'paragraph', key: '1#s1-p1', excerpt: '学前三年毛入园率达到99.54%。', to: null },
      { kind: 'paragraph', key: '2#s0-p1', excerpt: '推进教育数字化。', to: null },
    ]);
  });

  it('a passage moved to another page leaves a note pointing to where it stands', () => {
    const result = reconcileEditions(record.units, [
      { kind: 'chapter', key: '1', text: '发展基础' },
      { kind: 'section', key: '1#s1', text: '主要成就' },
      { kind: 'paragraph', key: '1#s1-p1', text: '学前三年毛入园率达到99.54%。' },
      { kind: 'chapter', key: '2', text: '重点任务' },
      { kind: 'paragraph', key: '2#s0-p1', text: '推进教育数字化。' },
      { kind: 'paragraph', key: '2#s0-p2', text: '九年义务教育巩固率保持100%。' },
    ]);
    expect(result.keys.get('2#s0-p2')).toBe('2#s0-p2');
    expect(result.retired).toEqual([{ kind: 'paragraph', key: '1#s1-p2', excerpt: '九年义务教育巩固率保持100%。', to: '2#s0-p2' }]);
  });

  it('a key retired in an earlier edition stays retired, and its note follows the passage', () => {
    const later = publishRecordOf(
      'p',
      'p.txt',
      [
        { kind: 'chapter', key: '1', text: '发展基础' },
        { kind: 'paragraph', key: '1#s0-p2', text: '推进教育数字化。' },
      ],
      [{ kind: 'paragraph', key: '1#s0-p1', excerpt: '学前三年毛入园率达到99.54%。', to: null }],
    );
    const result = reconcileEditions(later.units, [
      { kind: 'chapter', key: '1', text: '发展基础' },
      { kind: 'paragraph', key: '1#s0-p1', text: '新增的一段。' },
      { kind: 'paragraph', key: '1#s0-p2', text: '推进教育数字化。' },
    ]);
    expect(result.keys.get('1#s0-p1')).toBe('1#s0-p3');
    expect(result.retired).toEqual([{ kind: 'paragraph', key: '1#s0-p1', excerpt: '学前三年毛入园率达到99.54%。', to: null }]);
  });
});
