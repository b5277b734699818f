/**
 * A long Word document for the ingest benchmark: the plans-dev 纲要 (篇/章/节 by Word numbering,
 * 专栏 as text boxes, its indicator table with merged 类别 cells) repeated until it holds about
 * `pages` pages of text, made with the `docx` package.
 */
import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, Textbox, VerticalMergeType } from 'docx';
import { cleanLines } from '../../ingest/clean-lines.ts';
import { decodeSource } from '../../ingest/decode-source.ts';
import { PART_CHAPTER_SECTION_NUMBERING } from '../../fixtures/word-numbering-config.ts';

/** A printed A4 page of a plan holds about this many characters (小四 body text). */
export const CHARACTERS_PER_PAGE = 750;

const LABEL = /^第[一二三四五六七八九十百]+([篇章节])[\s　]*/u;
const LEVEL: Readonly<Record<string, { reference: string; level: number }>> = {
  篇: { reference: 'parts', level: 0 },
  章: { reference: 'chapters', level: 0 },
  节: { reference: 'chapters', level: 1 },
};

export async function makeLargeDocx(sourceFile: string, pages: number): Promise<{ bytes: Buffer; characters: number }> {
  const lines = cleanLines(decodeSource(readFileSync(sourceFile)).text).map((line) => line.text);
  const perCopy = lines.reduce((sum, text) => sum + text.replace(/\s/gu, '').length, 0);
  const copies = Math.max(1, Math.round((pages * CHARACTERS_PER_PAGE) / perCopy));
  const children: Array<Paragraph | Table | Textbox> = [];
  for (let copy = 0; copy < copies; copy++) children.push(...blocksOf(lines));
  const document = new Document({
    numbering: PART_CHAPTER_SECTION_NUMBERING,
    sections: [{ children }],
  });
  return { bytes: await Packer.toBuffer(document), characters: perCopy * copies };
}

function blocksOf(lines: readonly string[]): Array<Paragraph | Table | Textbox> {
  const blocks: Array<Paragraph | Table | Textbox> = [];
  let i = 0;
  while (i < lines.length) {
    const text = lines[i]!;
    const label = LABEL.exec(text);
    if (lines[i + 1]?.startsWith('\t')) {
      let end = i + 1;
      while (end < lines.length && (lines[end]!.startsWith('\t') || lines[end] === '')) end++;
      blocks.push(new Paragraph(text), tableOf(lines.slice(i + 1, end)));
      i = end;
    } else if (/^专栏\d+/u.test(text)) {
      const end = lines.indexOf('', i);
      const box = lines.slice(i, end < 0 ? lines.length : end);
      blocks.push(
        new Textbox({ style: { width: '15cm', height: '6cm', position: 'absolute' }, children: box.map((line) => new Paragraph(line)) }),
      );
      i += box.length;
    } else {
      if (label) blocks.push(new Paragraph({ numbering: LEVEL[label[1]!]!, children: [new TextRun(text.slice(label[0].length))] }));
      else if (text !== '') blocks.push(new Paragraph(text));
      i++;
    }
  }
  return blocks;
}

/** A tab-led table: rows split at blank lines, an empty first cell continuing the merged cell above. */
function tableOf(lines: readonly string[]): Table {
  const rows: string[][] = [[]];
  for (const line of lines) {
    if (line === '') rows.push([]);
    else rows.at(-1)!.push(line.slice(1));
  }
  const filled = rows.filter((row) => row.length > 0);
  const width = Math.max(...filled.map((row) => row.length));
  return new Table({
    rows: filled.map(
      (row, r) =>
        new TableRow({
          children: Array.from({ length: width }, (_, c) => {
            const text = row[c] ?? '';
            const merge =
              c === 0 && r > 1
                ? text === ''
                  ? VerticalMergeType.CONTINUE
                  : VerticalMergeType.RESTART
                : c === 0 && r === 1
                  ? VerticalMergeType.RESTART
                  : undefined;
            return new TableCell({ children: [new Paragraph(text)], ...(merge ? { verticalMerge: merge } : {}) });
          }),
        }),
    ),
  });
}
