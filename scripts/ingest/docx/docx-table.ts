/**
 * A Word table as the pipeline's `TableDraft`: the grid laid out from `w:gridBefore`, `w:gridSpan`
 * and `w:vMerge`, so a merged cell is known from the document, never inferred from an empty one.
 * Cells below a vertically merged cell are filled from it and recorded as a span, as the text path
 * does; the columns a horizontally merged cell covers stay empty, and both kinds of span are also
 * returned whole as `WordCellSpan`s.
 */
import { joinCellLines, type TableDraft } from '../parse-tab-table.ts';
import type { WordCellSpan } from '../segment-blocks.ts';
import type { IngestWarning } from '../source-line.ts';
import type { DocxCell, DocxTable } from './read-document.ts';

interface Origin {
  readonly row: number;
  readonly col: number;
  colSpan: number;
  rowSpan: number;
  readonly lines: readonly string[];
}

export function docxTableDraft(table: DocxTable): { table: TableDraft; spans: WordCellSpan[]; warnings: IngestWarning[] } | null {
  const indices = table.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs.map((paragraph) => paragraph.index)));
  if (table.rows.length === 0 || indices.length === 0) return null;
  const warnings: IngestWarning[] = [];
  const grid: Array<Array<Origin | undefined>> = [];
  const origins: Origin[] = [];
  table.rows.forEach((row, r) => {
    const slots: Array<Origin | undefined> = [];
    let col = 0;
    for (const cell of row) {
      col += cell.gridBefore;
      const above = grid[r - 1]?.[col];
      const left = slots[col - 1];
      const lines = cellLines(cell);
      let origin: Origin;
      if (cell.hMerge === 'continue' && left && left.row === r && lines.length === 0) {
        origin = left;
        origin.colSpan += cell.gridSpan;
      } else if (cell.vMerge === 'continue' && above && above.col === col && lines.length === 0) {
        origin = above;
        origin.rowSpan++;
      } else {
        if (cell.vMerge === 'continue') warnings.push(unmergedWarning(cell, above === undefined));
        origin = { row: r, col, colSpan: cell.gridSpan, rowSpan: 1, lines };
        origins.push(origin);
      }
      for (let k = 0; k < cell.gridSpan; k++) slots[col + k] = origin;
      col += cell.gridSpan;
    }
    grid.push(slots);
  });
  const width = Math.max(...grid.map((slots) => slots.length));
  const textAt = (r: number, c: number, fill: boolean): string => {
    const origin = grid[r]![c];
    if (!origin || origin.col !== c) return '';
    if (origin.row === r) return joinCellLines(origin.lines);
    return fill && origin.row > 0 ? joinCellLines(origin.lines) : '';
  };
  const body = grid.slice(1).map((_, i) => i + 1);
  return {
    table: {
      header: Array.from({ length: width }, (_, c) => textAt(0, c, false)),
      rows: body.map((r) => Array.from({ length: width }, (_, c) => textAt(r, c, true))),
      spans: origins
        .filter((origin) => origin.row > 0 && origin.rowSpan > 1)
        .map((origin) => ({ row: origin.row - 1, col: origin.col, rowSpan: origin.rowSpan })),
      cellLines: body.map((r) =>
        Array.from({ length: width }, (_, c) => {
          const origin = grid[r]![c];
          return origin && origin.row === r && origin.col === c ? [...origin.lines] : [];
        }),
      ),
      // The document's grid gives every row its cells: none is misaligned, and a category row is a merged row like any other.
      misalignedRows: [],
      categoryRows: [],
      firstLine: Math.min(...indices),
      lastLine: Math.max(...indices),
    },
    spans: origins
      .filter((origin) => origin.rowSpan > 1 || origin.colSpan > 1)
      .map(({ row, col, rowSpan, colSpan }) => ({ row, col, rowSpan, colSpan })),
    warnings,
  };
}

function cellLines(cell: DocxCell): string[] {
  return cell.paragraphs.flatMap((paragraph) => paragraph.lines);
}

function unmergedWarning(cell: DocxCell, nothingAbove: boolean): IngestWarning {
  const line = cell.paragraphs[0]?.index ?? 0;
  const why = nothingAbove ? 'no cell above it starts at the same column' : 'it holds text of its own';
  return {
    line,
    code: 'docx-merge-ignored',
    message: `a table cell marked as continuing the merged cell above is kept as a cell of its own: ${why}`,
  };
}
