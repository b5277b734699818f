/**
 * A plan's structure as a short text a person can check against the document: every chapter and
 * section with its number (`*` = restored), labelled paragraphs with their leads, tables cell by
 * cell, columns with their items. The golden files under tests/fixtures/outlines/ are these texts,
 * checked by hand against the five plans; regenerate them only on purpose (UPDATE_GOLDENS=1).
 */
import type { Block, Plan } from '../../src/lib/plan-schema.ts';

export function describeOutline(plan: Plan): string {
  const out: string[] = [];
  const mark = (restored: boolean | undefined) => (restored ? '*' : '');
  out.push(`# ${plan.id}: ${plan.title}`);
  out.push(
    `title in source: ${plan.titleInSource ?? '-'} | region: ${plan.region ?? '-'} | period: ${plan.period ?? '-'} | years: ${plan.years?.join('–') ?? '-'}`,
  );
  out.push(`levels: ${plan.levels.map((level) => `${level.style} (${level.role})`).join(' > ') || '-'}`);
  if (plan.notice) out.push(`notice: ${plan.notice.lines.join(' / ')} | issuer: ${plan.issuer ?? '-'} | issued: ${plan.issued ?? '-'}`);
  if (plan.approval) out.push(`approval: ${plan.approval}`);
  out.push(`preamble: ${plan.preamble.length} paragraph(s)`);
  const blocks = (list: readonly Block[], indent: string) => {
    let plain = 0;
    const flush = () => {
      if (plain > 0) out.push(`${indent}(${plain} paragraph${plain > 1 ? 's' : ''})`);
      plain = 0;
    };
    for (const block of list) {
      if (block.type === 'paragraph' && block.number === undefined) {
        plain++;
        continue;
      }
      flush();
      if (block.type === 'paragraph')
        out.push(
          `${indent}${block.heading ? '## ' : ''}${block.number}${mark(block.numberRestored)} ${block.lead ?? (block.heading ? block.text : block.text.slice(0, 20) + '…')}`,
        );
      if (block.type === 'table') describeTable(plan.tables[block.n - 1]!, indent, out);
      if (block.type === 'column') {
        const column = plan.columns[block.n - 1]!;
        out.push(
          `${indent}[column ${column.n}] ${column.number}${mark(column.numberRestored)}${column.label ? ` (printed ${column.label})` : ''} ${column.title}`,
        );
        for (const item of column.items) out.push(`${indent}  - ${showLines(item)}`);
        if (column.table !== undefined) describeTable(plan.tables[column.table - 1]!, `${indent}  `, out);
      }
    }
    flush();
  };
  const depth = (group: Plan['groups'][number]): number => (group.parent === null ? 0 : 1 + depth(plan.groups[group.parent - 1]!));
  const onCover = (item: { chapter: number | null }) => item.chapter === null;
  for (const table of plan.tables.filter(onCover)) describeTable(table, '  ', out);
  for (const column of plan.columns.filter(onCover))
    out.push(`  [column ${column.n} on the cover] ${column.number} ${column.title} (${column.items.length} items)`);
  for (const chapter of plan.chapters) {
    for (const group of plan.groups.filter((candidate) => candidate.firstChapter === chapter.n)) {
      out.push(`${'#'.repeat(depth(group) + 1)} ${group.number ?? ''}${mark(group.numberRestored)} ${group.title}`);
      blocks(group.blocks, '    ');
    }
    out.push(`${chapter.number ?? '(unnumbered)'}${mark(chapter.numberRestored)} ${chapter.title}`);
    blocks(chapter.blocks, '    ');
    for (const section of chapter.sections) {
      out.push(`  ${section.number}${mark(section.numberRestored)} ${section.title}`);
      blocks(section.blocks, '    ');
    }
  }
  return `${out.join('\n')}\n`;
}

/** A cell's own line feeds (the lines it printed) shown as ` ↵ ` to keep one table row a line. */
const showLines = (text: string) => text.replaceAll('\n', ' ↵ ');

function describeTable(table: Plan['tables'][number], indent: string, out: string[]): void {
  out.push(`${indent}[table ${table.n}] ${table.kind}: ${table.caption ?? '(no caption)'}`);
  out.push(`${indent}  | ${table.header.join(' | ')} |`);
  for (const row of table.rows) out.push(`${indent}  | ${row.map(showLines).join(' | ')} |`);
  if (table.note !== undefined) out.push(`${indent}  note: ${table.note}`);
  if (table.spans.length > 0)
    out.push(`${indent}  merged: ${table.spans.map((span) => `r${span.row}c${span.col}×${span.rowSpan}`).join(' ')}`);
  for (const indicator of table.indicators) {
    const value = (v: typeof indicator.baseline) =>
      v ? `${v.year}:${showLines(v.raw)}${v.value === null ? '' : `=${v.comparator ?? ''}${v.value}`}` : '-';
    out.push(
      `${indent}  ~ ${indicator.category ?? '-'} / ${indicator.name} (${indicator.unit ?? '-'}) ${value(indicator.baseline)} → ${value(indicator.target)} ${indicator.attribute ?? '-'}`,
    );
  }
}
