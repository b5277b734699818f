/** Every anchor DESIGN.md promises exists on its chapter page, holding what plan.json says it holds. */
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { columnHeadingText, numberedTitle } from '../../src/lib/labels.ts';
import { chapterPath, pagePath } from '../../src/lib/paths.ts';
import type { Block, Paragraph } from '../../src/lib/plan-schema.ts';
import { builtSites, collapse, readPage, selectOne, textOf } from './built-site.ts';

const paragraphs = (blocks: Block[]): Paragraph[] => blocks.filter((block) => block.type === 'paragraph');

/** The markup a paragraph may hold: MDX's `<p>`, a run-in number and a lead. Anything else is plan text turned into markup. */
const PARAGRAPH_MARKUP = new Set(['p', 'p.heading-line', 'span.num', 'span.num.restored', 'strong']);

const plansOfSites = builtSites().flatMap(([site, { contentDir, distDir }]) =>
  readPlans(contentDir).map((plan) => ({ site, plan, distDir })),
);

describe.each(plansOfSites)('$site: $plan.id', ({ plan, distDir }) => {
  const pageOf = (chapter: number | null) => readPage(distDir, pagePath(plan.id, chapter));
  const byId = (chapter: number | null, id: string) => selectOne(`[id="${id}"]`, pageOf(chapter), `${pagePath(plan.id, chapter)}#${id}`);

  test('every section #s<m> is a section headed by its number and title', () => {
    for (const chapter of plan.chapters) {
      for (const section of chapter.sections) {
        const element = byId(chapter.n, section.anchor);
        expect(element.tagName).toBe('section');
        expect(textOf(selectOne('h2', element))).toBe(collapse(numberedTitle(section.number, section.title)));
      }
    }
  });

  test('every run-in number restored from the sequence is marked as restored on the page, and no other', () => {
    for (const chapter of plan.chapters) {
      for (const paragraph of [...paragraphs(chapter.blocks), ...chapter.sections.flatMap((section) => paragraphs(section.blocks))]) {
        if (paragraph.number === undefined) continue;
        const marks = selectAll('span.num.restored', byId(chapter.n, paragraph.anchor)).map(textOf);
        expect(marks, paragraph.anchor).toEqual(paragraph.numberRestored ? [paragraph.number] : []);
      }
    }
  });

  test('every group #g<n> opens its first chapter’s page with its number, title and paragraphs #g<n>-p<k>', () => {
    for (const group of plan.groups) {
      const element = byId(group.firstChapter, group.anchor);
      expect(textOf(selectOne('.group-title', element))).toBe(collapse(numberedTitle(group.number, group.title)));
      for (const paragraph of paragraphs(group.blocks))
        expect(textOf(byId(group.firstChapter, paragraph.anchor))).toBe(collapse(`${paragraph.number ?? ''}${paragraph.text}`));
    }
  });

  test('every paragraph #s<m>-p<k> holds its text exactly, with its run-in number, as text', () => {
    for (const chapter of plan.chapters) {
      const blocks = [...paragraphs(chapter.blocks), ...chapter.sections.flatMap((section) => paragraphs(section.blocks))];
      for (const paragraph of blocks) {
        const element = byId(chapter.n, paragraph.anchor);
        expect(textOf(element)).toBe(collapse(`${paragraph.number ?? ''}${paragraph.text}`));
        const markup = selectAll('*', element)
          .filter((child) => child !== element)
          .map((child) => [child.tagName, ...((child.properties.className as string[] | undefined) ?? [])].join('.'));
        expect(
          markup.filter((tag) => !PARAGRAPH_MARKUP.has(tag)),
          paragraph.anchor,
        ).toEqual([]);
      }
    }
  });

  test('every table #table-<t> is a table with its caption, column headers and cells', () => {
    for (const table of plan.tables) {
      const element = selectOne('table', byId(table.chapter, table.anchor));
      if (table.caption !== null) expect(textOf(selectOne('caption', element))).toBe(collapse(table.caption));
      const headers = selectAll('thead th', element);
      expect(headers.map((th) => th.properties.scope)).toEqual(table.header.map(() => 'col'));
      expect(headers.map(textOf)).toEqual(table.header.map(collapse));
      expect(expandRowSpans(selectAll('tbody tr', element))).toEqual(table.rows.map((row) => row.map(collapse)));
    }
  });

  test('every featured column #column-<c> is an aside with its number, title and items', () => {
    for (const column of plan.columns) {
      const element = byId(column.chapter, column.anchor);
      expect(element.tagName).toBe('aside');
      expect(textOf(selectOne('h2, h3', element))).toBe(collapse(columnHeadingText(column)));
      expect(selectAll('li', element).map(textOf)).toEqual(column.items.map(collapse));
    }
  });
});

/** The table's rows as plan.json has them: a cell spanning rows is repeated in each. */
function expandRowSpans(rows: Element[]): string[][] {
  const carried: { text: string; left: number }[] = [];
  return rows.map((row) => {
    const cells = row.children.filter((node): node is Element => node.type === 'element' && /^t[hd]$/.test(node.tagName));
    const out: string[] = [];
    for (let col = 0; cells.length > 0 || carried[col]?.left; col++) {
      const above = carried[col];
      if (above && above.left > 0) {
        above.left--;
        out.push(above.text);
        continue;
      }
      const cell = cells.shift() as Element;
      const text = textOf(cell);
      carried[col] = { text, left: Number(cell.properties.rowSpan ?? 1) - 1 };
      out.push(text);
    }
    return out;
  });
}

test('白碱滩’s restored （一）–（四） are marked on their page (the emitter once wrote a prop the component did not read)', () => {
  const [, { distDir }] = builtSites()[0]!;
  const page = readPage(distDir, chapterPath('baijiantan-2021-2025', 1));
  expect(
    ['s1-p2', 's1-p3', 's1-p4', 's1-p5'].map((anchor) => selectAll('span.num.restored', selectOne(`[id="${anchor}"]`, page)).map(textOf)),
  ).toEqual([['（一）'], ['（二）'], ['（三）'], ['（四）']]);
});
