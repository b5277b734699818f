import { describe, expect, test } from 'vitest';
import { columnsIndex, planColumnsRoutes } from '../../src/lib/columns-index/columns-index.ts';
import { numberedTitle } from '../../src/lib/labels.ts';
import { realPlans } from '../indicators/real-plans.ts';

const plans = realPlans();
const index = columnsIndex(plans);

describe('columnsIndex of the real plans', () => {
  test('lists every plan that has columns, in catalogue order, with all its columns in order', () => {
    expect(index.map(({ plan, entries }) => [plan.id, entries.length])).toEqual([
      ['shuanghe-2026-2030', 1],
      ['baijiantan-2021-2025', 8],
      ['dongli-2021-2025', 9],
    ]);
    for (const { plan, entries } of index) expect(entries.map((entry) => entry.column)).toEqual(plan.columns);
  });

  test('places each column in its chapter and section and links to its anchor there', () => {
    const dongli = index.find(({ plan }) => plan.id === 'dongli-2021-2025');
    const greenSchools = dongli?.entries.find((entry) => entry.column.title === '绿色教育培育工程');
    expect(greenSchools?.chapter && numberedTitle(greenSchools.chapter.number, greenSchools.chapter.title)).toBe(
      '三、建设绿色高质量现代化教育强区',
    );
    expect(greenSchools?.section?.n).toBe(4);
    expect(greenSchools?.href).toBe('/plans/dongli-2021-2025/3/#column-7');
  });

  test('keeps columns collected at the end where the export puts them (白碱滩 第六章)', () => {
    const baijiantan = index.find(({ plan }) => plan.id === 'baijiantan-2021-2025');
    expect(new Set(baijiantan?.entries.map((entry) => `${entry.chapter?.number} ${entry.chapter?.title}`))).toEqual(
      new Set(['第六章 保障措施']),
    );
  });

  test('one filtered page per plan with columns, each carrying its own plan and the count of all columns', () => {
    const routes = planColumnsRoutes(plans);
    expect(routes.map((route) => route.params.plan)).toEqual(['shuanghe-2026-2030', 'baijiantan-2021-2025', 'dongli-2021-2025']);
    for (const route of routes) {
      expect(route.props.shown.plan.id).toBe(route.params.plan);
      expect(route.props.total).toBe(1 + 8 + 9);
    }
  });

  test('a column in a chapter plan.json does not have fails by name', () => {
    const [plan] = plans.filter((candidate) => candidate.columns.length > 0);
    const broken = { ...plan!, columns: plan!.columns.map((column) => ({ ...column, chapter: 99 })) };
    expect(() => columnsIndex([broken])).toThrow(`Plan ${plan!.id}: 专栏1 stands in chapter 99`);
  });
});

test('a column printed before the first division stands on the cover, and links there', () => {
  const [plan] = realPlans().filter((each) => each.id === 'shuanghe-2026-2030');
  const column = { ...plan!.columns[0]!, chapter: null, section: null };
  const [entry] = columnsIndex([{ ...plan!, columns: [column] }])[0]!.entries;
  expect(entry).toEqual({ column, chapter: null, section: null, href: `/plans/shuanghe-2026-2030/#${column.anchor}` });
});

test('planColumnsRoutes refuses the plan id `regions`, which /columns/regions/ holds', () => {
  const [first, ...rest] = plans.filter((plan) => plan.columns.length > 0);
  expect(() => planColumnsRoutes([{ ...first!, id: 'regions' }, ...rest])).toThrow(/Plan id "regions" is reserved/);
});
