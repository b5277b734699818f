import { expect, test } from 'vitest';
import { OTHER_REGION, PROVINCES, provinceOfRegion, regionGroupOf } from '../../src/lib/regions/provinces.ts';
import { realPlans } from '../indicators/real-plans.ts';

test('the table holds the 31 provinces, the 兵团 and the three others, each slug ASCII and once', () => {
  expect(PROVINCES).toHaveLength(35);
  const slugs = [...PROVINCES, OTHER_REGION].map((province) => province.slug);
  expect(new Set(slugs).size).toBe(slugs.length);
  for (const slug of slugs) expect(slug).toMatch(/^[a-z]+$/);
  expect(PROVINCES.find((province) => province.name === '陕西省')?.slug).toBe('shaanxi');
  expect(PROVINCES.find((province) => province.name === '山西省')?.slug).toBe('shanxi');
});

test('each real plan goes under the province its region starts with; a plan without a region under 其他', () => {
  expect(realPlans().map((plan) => [plan.id, regionGroupOf(plan.region).slug])).toEqual([
    ['shuanghe-2026-2030', 'bingtuan'],
    ['zhangye-2026-2030', 'gansu'],
    ['xiandaihua-2025', 'qita'],
    ['baijiantan-2021-2025', 'xinjiang'],
    ['dongli-2021-2025', 'tianjin'],
  ]);
});

test.each([
  ['新疆生产建设兵团第五师双河市', '新疆生产建设兵团'],
  ['新疆维吾尔自治区克拉玛依市白碱滩区（克拉玛依高新区）', '新疆维吾尔自治区'],
  ['内蒙古自治区包头市', '内蒙古自治区'],
  // A short name is not enough: 海南藏族自治州 is in 青海, 吉林市 names no province.
  ['海南藏族自治州共和县', null],
  ['吉林市', null],
  ['张掖市', null],
  [null, null],
])('provinceOfRegion(%j) is %j', (region, name) => {
  expect(provinceOfRegion(region)?.name ?? null).toBe(name);
});
