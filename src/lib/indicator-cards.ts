/**
 * An indicator table as a phone reads it: one card per indicator (名称 · 基期 → 目标 · 属性) under
 * its category, in the table's order. Values stay as printed; a missing one stays missing.
 */
import { endValueRole, roleLabel } from './indicators/value-role.ts';
import type { IndicatorValue, Table } from './plan-schema.ts';

export interface CardValue {
  /** `2025年`, or `2030年目标` / `2025年实际` for the last column. */
  label: string;
  raw: string;
}

export interface IndicatorCard {
  row: number;
  name: string;
  unit: string | null;
  from: CardValue | null;
  to: CardValue | null;
  attribute: string | null;
  /** False for a row that yields no indicator (a category row, a row printed out of line): its cells are all in `others`. */
  indicator: boolean;
  /** The row's other printed cells (`年均/累计 〔13.5〕`), each under its column's name: the phone hides the table, so nothing may be left out. */
  others: CardValue[];
}

export interface CardGroup {
  category: string | null;
  cards: IndicatorCard[];
}

export function indicatorCards(table: Pick<Table, 'caption' | 'indicators' | 'header' | 'rows'>): CardGroup[] {
  const endRole = roleLabel(endValueRole(table.caption));
  const groups: CardGroup[] = [];
  const byRow = new Map(table.indicators.map((indicator) => [indicator.row, indicator]));
  let category: string | null = null;
  table.rows.forEach((row, r) => {
    const indicator = byRow.get(r);
    // A row that yields no indicator (a category row, a row printed out of line) is shown as printed.
    const card: IndicatorCard = indicator
      ? {
          row: r,
          name: indicator.name,
          unit: indicator.unit,
          from: cardValue(indicator.baseline, ''),
          to: cardValue(indicator.target, endRole),
          attribute: indicator.attribute,
          indicator: true,
          others: otherCells(
            table.header,
            row,
            [indicator.category, indicator.baseline?.raw, indicator.target?.raw, indicator.attribute],
            indicator.name,
          ),
        }
      : {
          row: r,
          name: row.find((cell) => cell.trim() !== '') ?? '',
          unit: null,
          from: null,
          to: null,
          attribute: null,
          indicator: false,
          others: otherCells(table.header, row, [], row.find((cell) => cell.trim() !== '') ?? ''),
        };
    if (indicator) category = indicator.category;
    const last = groups.at(-1);
    if (last && last.category === category) last.cards.push(card);
    else groups.push({ category, cards: [card] });
  });
  return groups;
}

/** The cells of a row a card does not show already, each labelled with its column's header. */
function otherCells(
  header: readonly string[],
  row: readonly string[],
  shown: ReadonlyArray<string | null | undefined>,
  name: string,
): CardValue[] {
  const taken = new Set(shown.filter((value): value is string => typeof value === 'string' && value !== ''));
  return row.flatMap((cell, c) =>
    cell.trim() === '' || taken.has(cell) || (name !== '' && cell.includes(name)) ? [] : [{ label: header[c] ?? '', raw: cell }],
  );
}

function cardValue(value: IndicatorValue | null, role: string): CardValue | null {
  if (value === null || value.raw.trim() === '') return null;
  return { label: value.year === null ? role : `${value.year}年${role}`, raw: value.raw };
}
