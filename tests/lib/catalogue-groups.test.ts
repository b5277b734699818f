import { expect, test } from 'vitest';
import { periodGroups, provinceOf, provinces } from '../../src/lib/catalogue-groups.ts';
import { planFixture } from './plan-fixture.ts';

test.each([
  ['甘肃省张掖市', '甘肃省'],
  ['天津市东丽区', '天津市'],
  ['新疆维吾尔自治区克拉玛依市白碱滩区（克拉玛依高新区）', '新疆维吾尔自治区'],
  ['新疆生产建设兵团第五师双河市', '新疆生产建设兵团'],
  ['广西壮族自治区南宁市', '广西壮族自治区'],
  ['香港特别行政区', '香港特别行政区'],
  ['重庆市', '重庆市'],
  ['张掖市', null],
  [null, null],
])('provinceOf(%j) is %j', (region, province) => {
  expect(provinceOf(region)).toBe(province);
});

test('periodGroups: periods in the order of their newest plan, plans newest first, no period last', () => {
  const plan = (id: string, years: [number, number] | null, period: string | null, region: string | null) => ({
    ...planFixture(id, years, []),
    period,
    region,
  });
  const plans = [
    plan('baijiantan-2021-2025', [2021, 2025], '十四五', '新疆维吾尔自治区克拉玛依市白碱滩区（克拉玛依高新区）'),
    plan('xiandaihua-2025', [2025, 2025], null, null),
    plan('zhangye-2026-2030', [2026, 2030], '十五五', '甘肃省张掖市'),
    plan('dongli-2021-2025', [2021, 2025], '十四五', '天津市东丽区'),
    plan('shuanghe-2026-2030', [2026, 2030], '十五五', '新疆生产建设兵团第五师双河市'),
  ];
  expect(periodGroups(plans).map((group) => [group.heading, group.plans.map((p) => p.id)])).toEqual([
    ['“十五五”规划', ['shuanghe-2026-2030', 'zhangye-2026-2030']],
    ['“十四五”规划', ['baijiantan-2021-2025', 'dongli-2021-2025']],
    ['其他规划', ['xiandaihua-2025']],
  ]);
  expect(provinces(plans)).toEqual(['天津市', '新疆生产建设兵团', '新疆维吾尔自治区', '甘肃省']);
});
