import { expect, test } from 'vitest';
import { chapterDescription, firstSentence } from '../../src/lib/description.ts';

test('firstSentence ends at the first 。！？ and collapses whitespace', () => {
  expect(firstSentence('“十五五”时期是教育强国建设的关键时期。为加快建设高质量教育体系，制定本规划。')).toBe(
    '“十五五”时期是教育强国建设的关键时期。',
  );
  expect(firstSentence('  坚持党的全面领导\n 。其余')).toBe('坚持党的全面领导 。');
  expect(firstSentence('没有句号的标题')).toBe('没有句号的标题');
});

test('firstSentence cuts a long sentence with an ellipsis, counting characters, not bytes', () => {
  const long = '教'.repeat(200) + '。';
  expect(firstSentence(long)).toBe(`${'教'.repeat(119)}…`);
  expect([...firstSentence(long)]).toHaveLength(120);
});

test('a chapter is described by its first paragraph, with its run-in number', () => {
  const paragraph = (text: string, number?: string) => ({ type: 'paragraph' as const, text, number, anchor: 's1-p1', line: 1 });
  const section = (blocks: ReturnType<typeof paragraph>[]) => ({
    n: 1,
    number: '一、',
    numberRestored: false,
    style: 'enumerated' as const,
    level: 1,
    title: '发展基础',
    anchor: 's1',
    line: 1,
    blocks,
  });
  expect(
    chapterDescription({
      title: '重点工作任务',
      blocks: [],
      sections: [section([paragraph('统筹推进大中小幼思政课一体化建设。紧扣立德树人根本任务。', '（一）')])],
    }),
  ).toBe('（一）统筹推进大中小幼思政课一体化建设。');
  expect(chapterDescription({ title: '重点工作任务', blocks: [], sections: [section([])] })).toBe('重点工作任务');
});
