import { expect, test } from 'vitest';
import { chapterShowsRestored, coverShowsRestored } from '../../src/lib/restored-numbers.ts';
import { planFixture } from './plan-fixture.ts';

const plan = () =>
  planFixture(
    'baijiantan-2021-2025',
    [2021, 2025],
    [
      ['第一章', '发展基础'],
      ['第二章', '总体部署'],
    ],
  );

test('a plan with no restored label shows none, on its cover or its chapters', () => {
  const p = plan();
  expect(coverShowsRestored(p)).toBe(false);
  expect(p.chapters.map((chapter) => chapterShowsRestored(p, chapter))).toEqual([false, false]);
});

test('a restored chapter label shows on the cover and on every chapter page, in the chapter list', () => {
  const p = plan();
  p.chapters[0]!.numberRestored = true;
  expect(coverShowsRestored(p)).toBe(true);
  expect(p.chapters.map((chapter) => chapterShowsRestored(p, chapter))).toEqual([true, true]);
});

test('a restored paragraph label shows only on its own chapter page', () => {
  const p = plan();
  p.chapters[1]!.blocks.push({ type: 'paragraph', number: '二是', numberRestored: true, text: '坚持优先发展。', anchor: 's0-p1', line: 3 });
  expect(coverShowsRestored(p)).toBe(false);
  expect(p.chapters.map((chapter) => chapterShowsRestored(p, chapter))).toEqual([false, true]);
});
