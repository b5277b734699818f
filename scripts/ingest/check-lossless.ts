/**
 * The ingest's proof that it lost nothing: every line of the source, markers and layout whitespace
 * aside, must appear whole in the plan's output text, in source order. Lines the pipeline chose not
 * to carry (a merged cell printed twice) are passed in as accounted for, each backed by a warning.
 */
import type { Block, Plan } from '../../src/lib/plan-schema.ts';
import type { SourceLine } from './source-line.ts';

/** The `(` and `)` lines that frame a boxed column are layout, not text. */
const BOX_DELIMITER = /^[(（)）]$/u;

export function findLostLines(lines: readonly SourceLine[], plan: Plan, accounted: ReadonlySet<number>): SourceLine[] {
  const output = withoutWhitespace(planText(plan).join(''));
  const lost: SourceLine[] = [];
  let position = 0;
  for (const line of lines) {
    const text = withoutWhitespace(line.text);
    if (text === '' || BOX_DELIMITER.test(text) || accounted.has(line.line)) continue;
    const found = output.indexOf(text, position);
    if (found < 0) lost.push(line);
    else position = found + text.length;
  }
  return lost;
}

/** The plan's text in reading order, as its pages and open data present it. */
export function planText(plan: Plan): string[] {
  const label = (item: { number: string | null; numberRestored: boolean }) => (item.numberRestored ? '' : (item.number ?? ''));
  const blockText = (block: Block): string[] => {
    if (block.type === 'paragraph') return [(block.numberRestored ? '' : (block.number ?? '')) + block.text];
    if (block.type === 'table') return tableText(plan.tables[block.n - 1]!);
    const column = plan.columns[block.n - 1]!;
    // A column whose body is a table: its caption is the column's label and title.
    if (column.table !== undefined) return tableText(plan.tables[column.table - 1]!);
    return [column.label ?? label(column), column.title, ...column.items];
  };
  // A group's heading and opening text stand before its first chapter, outermost group first.
  const groupsBefore = (chapter: number) => plan.groups.filter((group) => group.firstChapter === chapter);
  return [
    ...(plan.notice?.lines ?? []),
    plan.titleInSource ?? '',
    plan.title,
    plan.approval ?? '',
    ...plan.printedContents,
    ...coverText(plan, tableText, (column) => blockText({ type: 'column', n: column.n })),
    ...plan.chapters.flatMap((chapter) => [
      ...groupsBefore(chapter.n).flatMap((group) => [label(group) + group.title, ...group.blocks.flatMap(blockText)]),
      label(chapter) + chapter.title,
      ...chapter.blocks.flatMap(blockText),
      ...chapter.sections.flatMap((section) => [label(section) + section.title, ...section.blocks.flatMap(blockText)]),
    ]),
  ];
}

/** The preamble with the tables and columns that stand on the cover, in the printed order. */
function coverText(plan: Plan, tableText: (table: Plan['tables'][number]) => string[], columnText: (column: Plan['columns'][number]) => string[]): string[] {
  const objects = [
    ...plan.tables.filter((table) => table.chapter === null && table.column === undefined).map((table) => ({ at: table.afterPreamble ?? plan.preamble.length, line: table.line, text: tableText(table) })),
    ...plan.columns.filter((column) => column.chapter === null).map((column) => ({ at: column.afterPreamble ?? plan.preamble.length, line: column.line, text: columnText(column) })),
  ].sort((a, b) => a.at - b.at || a.line - b.line);
  const out: string[] = [];
  plan.preamble.forEach((paragraph, k) => {
    for (const object of objects) if (object.at === k) out.push(...object.text);
    out.push(paragraph);
  });
  for (const object of objects) if (object.at >= plan.preamble.length) out.push(...object.text);
  return out;
}

/** Caption, header and the cells as printed: cells filled from a merged cell above are copies. */
function tableText(table: Plan['tables'][number]): string[] {
  const filled = new Set(table.spans.flatMap((span) => Array.from({ length: span.rowSpan - 1 }, (_, i) => `${span.row + 1 + i}:${span.col}`)));
  const cells = table.rows.flatMap((row, r) => row.filter((_, c) => !filled.has(`${r}:${c}`)));
  return [table.caption ?? '', ...table.header, ...cells, table.note ?? ''];
}

function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}
