/** A built table's body rows as plan.json holds them: a cell spanning rows is repeated in each row it covers. */
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { textOf } from '../site/built-site.ts';

export function tableRows(table: Element): string[][] {
  const carried: { text: string; left: number }[] = [];
  return selectAll('tbody tr', table).map((row) => {
    const cells = row.children.filter((node): node is Element => node.type === 'element' && /^t[hd]$/.test(node.tagName));
    const out: string[] = [];
    for (let col = 0; cells.length > 0 || (carried[col]?.left ?? 0) > 0; col++) {
      const above = carried[col];
      if (above && above.left > 0) {
        above.left--;
        out.push(above.text);
        continue;
      }
      const cell = cells.shift()!;
      carried[col] = { text: textOf(cell), left: Number(cell.properties.rowSpan ?? 1) - 1 };
      out.push(textOf(cell));
    }
    return out;
  });
}

export function headerCells(table: Element): string[] {
  return selectAll('thead th', table).map(textOf);
}
