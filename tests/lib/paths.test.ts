import { expect, test } from 'vitest';
import { anchorPath, pagePath } from '../../src/lib/paths.ts';

test('a place on a chapter page, or on the cover when it stands before the first division (chapter null)', () => {
  expect(anchorPath('zhangye-2026-2030', 2, 'table-2')).toBe('/plans/zhangye-2026-2030/2/#table-2');
  expect(anchorPath('zhangye-2026-2030', null, 'table-1')).toBe('/plans/zhangye-2026-2030/#table-1');
  expect(pagePath('zhangye-2026-2030', null)).toBe('/plans/zhangye-2026-2030/');
});
