/**
 * The ingest's proof that it lost nothing: every line of the source, markers and layout whitespace
 * aside, must appear whole in the plan's output text, in source order. Lines the pipeline chose not
 * to carry (a merged cell printed twice) are passed in as accounted for, each backed by a warning.
 */
import { coverBlocks } from '../../src/lib/cover-blocks.ts';
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
    ...coverBlocks(plan).flatMap((block) => (block.type === 'paragraph' ? [block.text] : blockText(block))),
    ...plan.chapters.flatMap((chapter) => [
      ...groupsBefore(chapter.n).flatMap((group) => [label(group) + group.title, ...group.blocks.flatMap(blockText)]),
      label(chapter) + chapter.title,
      ...chapter.blocks.flatMap(blockText),
      ...chapter.sections.flatMap((section) => [label(section) + section.title, ...section.blocks.flatMap(blockText)]),
    ]),
  ];
}

/** Caption, header and the cells as printed: cells filled from a merged cell above are copies. */
function tableText(table: Plan['tables'][number]): string[] {
  const filled = new Set(
    table.spans.flatMap((span) => Array.from({ length: span.rowSpan - 1 }, (_, i) => `${span.row + 1 + i}:${span.col}`)),
  );
  const cells = table.rows.flatMap((row, r) => row.filter((_, c) => !filled.has(`${r}:${c}`)));
  return [table.caption ?? '', ...table.header, ...cells, table.note ?? ''];
}

function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}
