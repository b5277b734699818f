/**
 * /data/indicators.csv: every indicator row of every plan, one CSV row each, with the explorer's
 * matching beside what the table prints. Its columns are documented from `INDICATOR_CSV_COLUMNS`.
 */
import { anchorPath, indicatorPath } from '../paths.ts';
import type { IndicatorValue, Plan } from '../plan-schema.ts';
import { toCsv } from '../csv.ts';
import { groupIndicators, type IndicatorGroup } from './group-indicators.ts';
import type { IndicatorRecord } from './indicator-records.ts';

interface CsvColumn {
  name: string;
  /** What the column holds, for the open-data page and docs. */
  description: string;
  value: (record: IndicatorRecord, group: IndicatorGroup) => string;
}

export const INDICATOR_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'plan', description: '规划 id', value: ({ plan }) => plan.id },
  { name: 'plan_title', description: '规划标题', value: ({ plan }) => plan.title },
  { name: 'table', description: '表在规划中的序号 n（锚点 table-<n>）', value: ({ table }) => String(table.n) },
  { name: 'table_caption', description: '表题，照原文', value: ({ table }) => table.caption ?? '' },
  { name: 'row', description: '指标在表中的行号，从 0 起，同 plan.json 的 row', value: ({ indicator }) => String(indicator.row) },
  {
    name: 'url',
    description: '表在章节页中的位置（站内地址）',
    value: ({ plan, table }) => anchorPath(plan.id, table.chapter, table.anchor),
  },
  { name: 'name', description: '指标名称，不含单位，照原文', value: ({ indicator }) => indicator.name },
  { name: 'unit', description: '单位，取自单位列或名称后的括号；表中未写则空', value: ({ indicator }) => indicator.unit ?? '' },
  { name: 'category', description: '该行的类别或学段，照原文', value: ({ indicator }) => indicator.category ?? '' },
  ...valueColumns('baseline', '基期', (record) => record.indicator.baseline),
  ...valueColumns('target', '目标', (record) => record.indicator.target),
  { name: 'attribute', description: '指标属性（约束性、预期性），照原文', value: ({ indicator }) => indicator.attribute ?? '' },
  { name: 'indicator_id', description: '指标对照中的指标 id', value: (_, group) => group.id },
  { name: 'indicator', description: '指标对照中的指标名称（各规划不同写法合并后的名称）', value: (_, group) => group.name },
  { name: 'qualifier', description: '区分同名指标的学段或类别（如幼儿园、小学），否则空', value: (_, group) => group.qualifier ?? '' },
  { name: 'stage', description: '指标对照中的分组（学前教育、义务教育 …）', value: (_, group) => group.stage.label },
  { name: 'indicator_url', description: '指标对照页（站内地址）', value: (_, group) => indicatorPath(group.id) },
];

/** The CSV document: rows by plan in the order given, then table and row. */
export function indicatorsCsv(plans: readonly Plan[]): string {
  const planOrder = new Map(plans.map((plan, i) => [plan.id, i]));
  const order = ({ plan, table, indicator }: IndicatorRecord) => [planOrder.get(plan.id)!, table.n, indicator.row];
  const pairs = groupIndicators(plans)
    .flatMap((group) => group.records.map((record) => ({ record, group })))
    .sort((a, b) => compareTuples(order(a.record), order(b.record)));
  return toCsv(
    INDICATOR_CSV_COLUMNS.map((column) => column.name),
    pairs.map(({ record, group }) => INDICATOR_CSV_COLUMNS.map((column) => column.value(record, group))),
  );
}

function valueColumns(prefix: string, label: string, valueOf: (record: IndicatorRecord) => IndicatorValue | null): CsvColumn[] {
  return [
    { name: `${prefix}_year`, description: `${label}年份`, value: (record) => String(valueOf(record)?.year ?? '') },
    {
      name: `${prefix}_raw`,
      description: `${label}值，照原文（如 >99）；一格印成多行的，行间以换行分开；原文空格则空`,
      value: (record) => valueOf(record)?.raw ?? '',
    },
    {
      name: `${prefix}_value`,
      description: `${label}值读出的数；原文不是单一数值则空`,
      value: (record) => String(valueOf(record)?.value ?? ''),
    },
    {
      name: `${prefix}_comparator`,
      description: `${label}值前的比较符号（>、≥、<、≤），没有则空`,
      value: (record) => valueOf(record)?.comparator ?? '',
    },
  ];
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  return a.reduce((result, value, i) => result || value - (b[i] ?? 0), 0);
}
