import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../scripts/ingest/clean-lines.ts';
import { segmentBlocks, type Segment } from '../../scripts/ingest/segment-blocks.ts';

const source = (id: string) => cleanLines(readFileSync(new URL(`../../content/sources/${id}.txt`, import.meta.url), 'utf8'));
const excerpt = (id: string, from: number, to: number) => source(id).filter((line) => line.line >= from && line.line <= to);
const kinds = (segments: Segment[]) => segments.filter((segment) => segment.kind !== 'blank').map((segment) => segment.kind);

describe('segmentBlocks', () => {
  it('takes a 表N caption printed before a tab-led table, across a blank line', () => {
    const { segments } = segmentBlocks(excerpt('baijiantan-2021-2025', 205, 299));
    const table = segments.find((segment) => segment.kind === 'table');
    expect(table?.kind === 'table' && table.caption?.text).toBe('表1“十四五”白碱滩区教师队伍建设指标');
    expect(kinds(segments)).toEqual(['text', 'table', 'text']);
  });

  it('takes a caption without 表N when it ends as a table’s name does, and leaves a sentence alone', () => {
    const table = excerpt('dongli-2021-2025', 29, 79);
    const captioned = segmentBlocks([{ line: 28, text: '“十四五”教育事业发展主要指标表' }, ...table]).segments;
    expect(captioned.map((segment) => segment.kind === 'table' && segment.caption?.text)).toContain('“十四五”教育事业发展主要指标表');
    const sentence = segmentBlocks([{ line: 28, text: '到2025年，主要指标达到全国先进水平。' }, ...table]).segments;
    expect(kinds(sentence)).toEqual(['text', 'table']);
  });

  it('takes the 注 line after a table as its note', () => {
    const lines = cleanLines(
      readFileSync(new URL('../fixtures/tables/cn14-indicators-category-merged-with-note.txt', import.meta.url), 'utf8'),
    );
    const { segments } = segmentBlocks(lines);
    expect(kinds(segments)).toEqual(['table', 'text']);
    const table = segments.find((segment) => segment.kind === 'table');
    expect(table?.kind === 'table' && [table.caption?.text, table.note?.text.slice(0, 12)]).toEqual([
      '专栏1 “十四五”时期经济社会发展主要指标',
      '注：①〔〕内为5年累计数',
    ]);
  });

  it('takes the title line of a task list exported without tabs as its caption', () => {
    const { segments } = segmentBlocks(excerpt('xiandaihua-2025', 50, 161));
    expect(kinds(segments)).toEqual(['text', 'text', 'table']);
    const table = segments.at(-1)!;
    expect(table.kind === 'table' && table.caption?.text).toBe('加快推进**教育现代化任务清单（2025-2025年）');
  });

  it('cuts a boxed column out between its ( and ) lines', () => {
    const { segments } = segmentBlocks(excerpt('dongli-2021-2025', 98, 108));
    expect(kinds(segments)).toEqual(['text', 'box', 'text']);
    const box = segments[1]!;
    expect(box.kind === 'box' && box.lines.map((line) => line.line)).toEqual([100, 101, 102, 103, 104, 105]);
  });

  it('keeps the text of a box that never closes, and says where it opened', () => {
    const lines = excerpt('dongli-2021-2025', 98, 105);
    const { segments, warnings } = segmentBlocks(lines);
    expect(segments.filter((segment) => segment.kind === 'text').map((segment) => segment.kind === 'text' && segment.line.line)).toEqual([
      98, 99, 100, 101, 102, 103, 104, 105,
    ]);
    expect(warnings).toEqual([{ line: 99, code: 'box-unclosed', message: expect.stringContaining('no ")" line closes it') }]);
  });
});
