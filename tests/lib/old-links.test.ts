import { expect, test } from 'vitest';
import { oldLinkNotes, type OldLinks } from '../../src/lib/old-links.ts';

const plan = {
  id: 'zhangye-2026-2030',
  chapters: [
    { n: 1, number: '第二部分', title: '发展基础和发展环境' },
    { n: 2, number: '第三部分', title: '指导思想和发展目标' },
  ],
} as Parameters<typeof oldLinkNotes>[0];
const links: OldLinks = {
  changed: [{ kind: 'section', key: '2#s1', excerpt: '指导思想' }],
  retired: [
    { kind: 'paragraph', key: '1#s2-p5', excerpt: '目前，面对新形势新挑战，我市教育与经济社会发展需求还不够契合…', to: null },
    { kind: 'paragraph', key: '1#s2-p6', excerpt: '综合研判，“十五五”时期…', to: '2#s1-p2' },
  ],
};

test('a page carries a note at each old anchor of its own that moved or is gone, and lists what was reworded', () => {
  expect(oldLinkNotes(plan, 1, links)).toEqual([
    {
      id: 's2-p5',
      text: '此处原有段“目前，面对新形势新挑战，我市教育与经济社会发展需求还不够契合…”，修订版已删去。',
      href: null,
      where: null,
    },
    {
      id: 's2-p6',
      text: '此处原有段“综合研判，“十五五”时期…”，修订版移至：',
      href: '/plans/zhangye-2026-2030/2/#s1-p2',
      where: '第三部分 指导思想和发展目标',
    },
  ]);
  expect(oldLinkNotes(plan, 2, links)).toEqual([
    { id: null, text: '本节（原为“指导思想”）在修订版中有改动：', href: '/plans/zhangye-2026-2030/2/#s1', where: '见此' },
  ]);
});
