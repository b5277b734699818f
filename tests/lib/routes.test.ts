import { describe, expect, test } from 'vitest';
import { chapterRoutes, planRoutes } from '../../src/lib/routes.ts';
import { planFixture } from './plan-fixture.ts';

const zhangye = planFixture(
  'zhangye-2026-2030',
  [2026, 2030],
  [
    ['第一部分', '发展基础和发展环境'],
    ['第二部分', '指导思想和发展目标'],
    ['第三部分', '重点工作任务'],
  ],
);
const fileOf = (plan: string, chapter: number) => ({ id: `${plan}/${chapter}`, data: { plan, chapter } });
const files = [3, 1, 2].map((n) => fileOf('zhangye-2026-2030', n));

describe('chapterRoutes', () => {
  test('gives every chapter its file, in reading order', () => {
    const routes = chapterRoutes([zhangye], files);
    expect(routes.map((route) => route.params)).toEqual([
      { plan: 'zhangye-2026-2030', chapter: '1' },
      { plan: 'zhangye-2026-2030', chapter: '2' },
      { plan: 'zhangye-2026-2030', chapter: '3' },
    ]);
    expect(routes.map(({ props }) => props.file.id)).toEqual(['zhangye-2026-2030/1', 'zhangye-2026-2030/2', 'zhangye-2026-2030/3']);
  });

  test('fails, naming the plan and chapter, when a chapter has no file', () => {
    expect(() => chapterRoutes([zhangye], files.slice(0, 2))).toThrow(/zhangye-2026-2030: chapter 2 .* no chapters\/\*\.mdx/);
  });

  test('fails, naming the file, when a file matches no chapter', () => {
    expect(() => chapterRoutes([zhangye], [...files, fileOf('zhangye-2026-2030', 4)])).toThrow(
      /zhangye-2026-2030\/4 .* matches no chapter/,
    );
  });
});

test('planRoutes gives each plan its route by id', () => {
  expect(planRoutes([zhangye])).toEqual([{ params: { plan: 'zhangye-2026-2030' }, props: { plan: zhangye } }]);
});
