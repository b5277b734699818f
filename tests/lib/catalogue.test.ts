import { expect, test } from 'vitest';
import { catalogue, newestFirst } from '../../src/lib/catalogue.ts';
import { planFixture } from './plan-fixture.ts';

test('newestFirst orders by last year, then first year, then id, a plan without years last', () => {
  const plans = [
    planFixture('baijiantan-2021-2025', [2021, 2025], []),
    planFixture('dongli-2021-2025', [2021, 2025], []),
    planFixture('undated', null, []),
    planFixture('shuanghe-2026-2030', [2026, 2030], []),
    planFixture('xiandaihua-2025', [2025, 2025], []),
    planFixture('zhangye-2026-2030', [2026, 2030], []),
  ];
  expect(newestFirst(plans).map((plan) => plan.id)).toEqual([
    'shuanghe-2026-2030',
    'zhangye-2026-2030',
    'xiandaihua-2025',
    'baijiantan-2021-2025',
    'dongli-2021-2025',
    'undated',
  ]);
});

test('a catalogue entry links the cover and the open data and counts what the plan holds', () => {
  const plan = planFixture(
    'zhangye-2026-2030',
    [2026, 2030],
    [
      ['第一部分', '发展基础和发展环境'],
      ['第二部分', '指导思想和发展目标'],
    ],
  );
  expect(catalogue([plan]).plans).toEqual([
    {
      id: 'zhangye-2026-2030',
      title: '张掖市“十五五”教育发展规划',
      region: '甘肃省张掖市',
      period: '十五五',
      years: [2026, 2030],
      issuer: null,
      url: '/plans/zhangye-2026-2030/',
      data: '/data/plans/zhangye-2026-2030.json',
      counts: { chapters: 2, tables: 0, columns: 0 },
    },
  ]);
});
