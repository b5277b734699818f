import { expect, test } from 'vitest';
import { listPagePath, paginate } from '../../src/lib/regions/paginate.ts';
import { realPlans } from '../indicators/real-plans.ts';

test('paginate: pages of at most the size, in order, every item once, each knowing the count', () => {
  const ids = realPlans().map((plan) => plan.id);
  const pages = paginate(ids, 2);
  expect(pages.map((page) => [page.page, page.pages, page.items])).toEqual([
    [1, 3, ['shuanghe-2026-2030', 'zhangye-2026-2030']],
    [2, 3, ['xiandaihua-2025', 'baijiantan-2021-2025']],
    [3, 3, ['dongli-2021-2025']],
  ]);
  expect(paginate(ids, 5)).toEqual([{ page: 1, pages: 1, items: ids }]);
});

test('paginate: an empty list still has its first page; a size that is not a positive integer is refused', () => {
  expect(paginate([], 10)).toEqual([{ page: 1, pages: 1, items: [] }]);
  expect(() => paginate(['dongli-2021-2025'], 0)).toThrow(/positive integer, got 0/);
});

test('listPagePath: the list itself for page 1, a numbered folder below it for the others', () => {
  expect(listPagePath('/regions/tianjin/', 1)).toBe('/regions/tianjin/');
  expect(listPagePath('/regions/tianjin/', 2)).toBe('/regions/tianjin/2/');
});
