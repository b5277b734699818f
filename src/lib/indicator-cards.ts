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
}

export interface CardGroup {
  category: string | null;
  cards: IndicatorCard[];
}

export function indicatorCards(table: Pick<Table, 'caption' | 'indicators'>): CardGroup[] {
  const endRole = roleLabel(endValueRole(table.caption));
  const groups: CardGroup[] = [];
  for (const indicator of table.indicators) {
    const card = {
      row: indicator.row,
      name: indicator.name,
      unit: indicator.unit,
      from: cardValue(indicator.baseline, ''),
      to: cardValue(indicator.target, endRole),
      attribute: indicator.attribute,
    };
    const last = groups.at(-1);
    if (last && last.category === indicator.category) last.cards.push(card);
    else groups.push({ category: indicator.category, cards: [card] });
  }
  return groups;
}

function cardValue(value: IndicatorValue | null, role: string): CardValue | null {
  if (value === null || value.raw.trim() === '') return null;
  return { label: value.year === null ? role : `${value.year}年${role}`, raw: value.raw };
}
