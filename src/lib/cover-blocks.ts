/**
 * What the cover shows between the title and the contents, in the printed order: the preamble's
 * paragraphs with the tables and columns printed before the first division among them.
 */
import type { Plan } from './plan-schema.ts';

export type CoverBlock = { readonly type: 'paragraph'; readonly text: string } | { readonly type: 'table' | 'column'; readonly n: number };

export function coverBlocks(plan: Pick<Plan, 'preamble' | 'tables' | 'columns'>): CoverBlock[] {
  // A table that is a column's body is shown inside its column.
  const objects = [
    ...plan.tables
      .filter((table) => table.chapter === null && table.column === undefined)
      .map((table) => ({ type: 'table' as const, n: table.n, at: table.afterPreamble, line: table.line })),
    ...plan.columns
      .filter((column) => column.chapter === null)
      .map((column) => ({ type: 'column' as const, n: column.n, at: column.afterPreamble, line: column.line })),
  ]
    .map((object) => ({ ...object, at: object.at ?? plan.preamble.length }))
    .sort((a, b) => a.at - b.at || a.line - b.line);
  const blocks: CoverBlock[] = [];
  const placeObjectsAt = (k: number) => {
    for (const object of objects)
      if (object.at === k || (k === plan.preamble.length && object.at > k)) blocks.push({ type: object.type, n: object.n });
  };
  plan.preamble.forEach((text, k) => {
    placeObjectsAt(k);
    blocks.push({ type: 'paragraph', text });
  });
  placeObjectsAt(plan.preamble.length);
  return blocks;
}
