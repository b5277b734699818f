/**
 * Tables step, rows wider than the header: `生师比 | 幼儿园 | 15 | 14 | 预期性` under `指标 | 2020年 |
 * 2025年 | 属性` prints a sub-row label the header has no column for. When every wider row has the
 * same extra cells, all of them labels standing where the header's labels end, the table shows an
 * unnamed label column there: adding it aligns every value under its year. Otherwise nothing moves.
 */
import { countLabelColumns, isValueCell } from './merged-cells.ts';

export interface SubLabelColumns {
  /** Where the unnamed columns go: after the header's leading label columns. */
  readonly at: number;
  readonly count: number;
  /** Body rows that print the sub-row labels. */
  readonly rows: readonly number[];
}

export function findSubLabelColumns(header: readonly string[], body: readonly (readonly string[])[]): SubLabelColumns | null {
  const rows = body.flatMap((row, index) => (row.length > header.length ? [index] : []));
  if (rows.length === 0) return null;
  const count = body[rows[0]!]!.length - header.length;
  const at = countLabelColumns(
    header,
    body.filter((row) => row.length === header.length),
  );
  if (at === 0 || at >= header.length) return null;
  const aligns = rows.every((index) => {
    const row = body[index]!;
    const extra = row.slice(at, at + count);
    return row.length === header.length + count && extra.every((cell) => cell !== '' && !isValueCell(cell));
  });
  return aligns ? { at, count, rows } : null;
}
