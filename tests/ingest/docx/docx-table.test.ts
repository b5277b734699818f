import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../../scripts/ingest/clean-lines.ts';
import { readDocx } from '../../../scripts/ingest/docx/read-docx.ts';
import { segmentBlocks, type Segment } from '../../../scripts/ingest/segment-blocks.ts';
import { makeDocx } from './minimal-docx.ts';

type TableSegment = Extract<Segment, { kind: 'table' }>;

const cell = (text: string, tcPr = '') => `<w:tc><w:tcPr>${tcPr}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;
const MERGE_START = '<w:vMerge w:val="restart"/>';
const MERGED = '<w:vMerge/>';

function docxTable(body: string): TableSegment {
  const segment = readDocx(makeDocx({ body })).segments.find((candidate) => candidate.kind === 'table');
  if (segment?.kind !== 'table') throw new Error('no table read');
  return segment;
}

const HEADER = row(cell('类别'), cell('指标'), cell('2020年'), cell('属性'));

describe('docx tables: spans read from the document, never inferred', () => {
  it('fills the cells a vertically merged cell covers and records the span, as the text path does for 纲要 专栏1', () => {
    const segment = docxTable(
      table(
        HEADER,
        row(cell('经济发展', MERGE_START), cell('1.国内生产总值（GDP）增长（%）'), cell('2.3'), cell('预期性')),
        row(cell('', MERGED), cell('2.全员劳动生产率增长（%）'), cell('2.5'), cell('预期性')),
        row(cell('', MERGED), cell('3.常住人口城镇化率（%）'), cell('60.6*'), cell('预期性')),
      ),
    );
    expect(segment.table.rows.map((cells) => cells[0])).toEqual(['经济发展', '经济发展', '经济发展']);
    expect(segment.table.spans).toEqual([{ row: 0, col: 0, rowSpan: 3 }]);
    expect(segment.wordSpans).toEqual([{ row: 1, col: 0, rowSpan: 3, colSpan: 1 }]);
  });

  it('keeps a genuinely empty cell empty where the text path, seeing the same export, guesses a merge', () => {
    const rows = [
      ['经济发展', '1.国内生产总值（GDP）增长（%）', '2.3', '预期性'],
      ['', '2.全员劳动生产率增长（%）', '2.5', '预期性'],
    ];
    const docx = docxTable(table(HEADER, ...rows.map((cells) => row(...cells.map((text) => cell(text))))));
    expect(docx.table.rows.map((cells) => cells[0])).toEqual(['经济发展', '']);
    expect(docx.table.spans).toEqual([]);
    expect(docx.wordSpans).toEqual([]);
    // The text export of that table: an empty first cell reads like a merged one, and is filled.
    const exported = [['类别', '指标', '2020年', '属性'], ...rows].map((cells) => cells.map((text) => `\t${text}`).join('\n')).join('\n\n');
    const text = segmentBlocks(cleanLines(exported)).segments.find((candidate) => candidate.kind === 'table') as TableSegment;
    expect(text.table.rows.map((cells) => cells[0])).toEqual(['经济发展', '经济发展']);
    expect(text.table.spans).toEqual([{ row: 0, col: 0, rowSpan: 2 }]);
  });

  it('lays cells on the grid by their column spans: a note across the whole width, a cell after skipped columns', () => {
    const segment = docxTable(
      table(
        HEADER,
        row(cell('民生福祉'), cell('8.城镇调查失业率（%）'), cell('5.2'), cell('预期性')),
        row(cell('注：①〔〕内为5年累计数。', '<w:gridSpan w:val="4"/>')),
        `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${cell('2.1')}${cell('预期性')}</w:tr>`,
      ),
    );
    expect(segment.table.rows).toEqual([
      ['民生福祉', '8.城镇调查失业率（%）', '5.2', '预期性'],
      ['注：①〔〕内为5年累计数。', '', '', ''],
      ['', '', '2.1', '预期性'],
    ]);
    expect(segment.wordSpans).toEqual([{ row: 2, col: 0, rowSpan: 1, colSpan: 4 }]);
  });

  it('reads the legacy horizontal merge (w:hMerge) as a column span', () => {
    const segment = docxTable(
      table(
        HEADER,
        row(
          cell('注：①〔〕内为5年累计数。', '<w:hMerge w:val="restart"/>'),
          cell('', '<w:hMerge/>'),
          cell('', '<w:hMerge/>'),
          cell('预期性'),
        ),
      ),
    );
    expect(segment.table.rows).toEqual([['注：①〔〕内为5年累计数。', '', '', '预期性']]);
    expect(segment.wordSpans).toEqual([{ row: 1, col: 0, rowSpan: 1, colSpan: 3 }]);
  });

  it('reads a table of one cell as a box, as Word users draw a 专栏', () => {
    const paragraphs = ['专栏1 社会主义核心价值观培育践行工程', '贯彻落实“文化润疆”工程，铸牢各族师生中华民族共同体意识。']
      .map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`)
      .join('');
    const { segments } = readDocx(makeDocx({ body: table(`<w:tr><w:tc>${paragraphs}</w:tc></w:tr>`) }));
    expect(segments).toEqual([
      {
        kind: 'box',
        open: { line: 1, text: '' },
        lines: [
          { line: 1, text: '专栏1 社会主义核心价值观培育践行工程' },
          { line: 2, text: '贯彻落实“文化润疆”工程，铸牢各族师生中华民族共同体意识。' },
        ],
        wordBox: 'table-cell',
      },
    ]);
  });

  it('joins a cell of several label：value lines as the text path does (东丽 生均教学仪器设备值)', () => {
    const lines = ['小学：0.50', '初中：0.76', '普通高中：0.79'].map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
    const segment = docxTable(
      table(row(cell('主要指标'), cell('2020年')), row(cell('生均教学仪器设备值（万元）'), `<w:tc>${lines}</w:tc>`)),
    );
    expect(segment.table.rows).toEqual([['生均教学仪器设备值（万元）', '小学：0.50\n初中：0.76\n普通高中：0.79']]);
    expect(segment.table.cellLines[0]![1]).toEqual(['小学：0.50', '初中：0.76', '普通高中：0.79']);
  });

  it('keeps a cell that claims to continue a merge but holds text as a cell of its own, and says so', () => {
    const { segments, warnings } = readDocx(
      makeDocx({
        body: table(
          HEADER,
          row(cell('经济发展', MERGE_START), cell('1.国内生产总值（GDP）增长（%）'), cell('2.3'), cell('预期性')),
          row(cell('创新驱动', MERGED), cell('4.全社会研发经费投入增长（%）'), cell('—'), cell('预期性')),
        ),
      }),
    );
    const segment = segments.find((candidate) => candidate.kind === 'table') as TableSegment;
    expect(segment.table.rows.map((cells) => cells[0])).toEqual(['经济发展', '创新驱动']);
    expect(warnings.map((warning) => warning.code)).toEqual(['docx-merge-ignored']);
  });
});
