import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../../scripts/ingest/emit-mdx.ts';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import type { Paragraph, Plan } from '../../src/lib/plan-schema.ts';

const hostile = ingestPlan({ file: 'tests/fixtures/plans/hostile.txt', bytes: readFileSync(new URL('../fixtures/plans/hostile.txt', import.meta.url)) });

/** Parse emitted MDX the way the MDX compiler does, body only. */
function parseMdx(mdx: string): Root {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/u, '');
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

function nodesOf(tree: Root): Array<{ type: string; name?: string | null; attributes?: Array<{ name?: string; value?: unknown }> }> {
  const found: Array<{ type: string }> = [];
  const visit = (node: { type: string; children?: unknown[] }) => {
    found.push(node);
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(tree);
  return found;
}

/** The text of every `<P>` of a chapter, as the MDX compiler will see it. */
function paragraphTexts(tree: Root): string[] {
  return nodesOf(tree)
    .filter((node) => node.type === 'mdxJsxFlowElement' && node.name === 'P')
    .map((node) => toString(node as Parameters<typeof toString>[0]));
}

const jsonParagraphs = (plan: Plan, n: number) => {
  const chapter = plan.chapters[n - 1]!;
  return [chapter.blocks, ...chapter.sections.map((section) => section.blocks)]
    .flat()
    .filter((block): block is Paragraph => block.type === 'paragraph')
    .map((p) => (p.number ?? '') + p.text);
};

describe('emitChapterMdx on a hostile plan', () => {
  const trees = hostile.chapters.map((chapter) => parseMdx(chapter.mdx));

  it('produces no import, export or expression: plan text never becomes code', () => {
    const types = new Set(trees.flatMap((tree) => nodesOf(tree).map((node) => node.type)));
    expect(types).not.toContain('mdxjsEsm');
    expect(types).not.toContain('mdxFlowExpression');
    expect(types).not.toContain('mdxTextExpression');
  });

  it('uses only the site components, with literal attributes and integer expressions', () => {
    for (const node of trees.flatMap(nodesOf)) {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
      expect(MDX_COMPONENTS).toContain(node.name);
      for (const attribute of node.attributes ?? []) {
        const value = attribute.value as null | string | { type: string; value: string };
        if (value !== null && typeof value === 'object') expect(value.value).toMatch(/^\d+$/u);
      }
    }
  });

  it('keeps the hostile text exactly, as text', () => {
    const text = trees.map((tree) => paragraphTexts(tree).join('\n')).join('\n');
    expect(text).toContain('“十四五”期间，张掖市深入贯彻落实党的二十大精神 <img src=x onerror=alert(1)> {`${globalThis.pwned = 1}`}');
    expect(text).toContain('（一）政策环境孕育新机遇。教育是强国建设、民族复兴之基。</P><script>alert(2)</script><P>');
    for (const chapter of hostile.plan.chapters) expect(paragraphTexts(trees[chapter.n - 1]!)).toEqual(jsonParagraphs(hostile.plan, chapter.n));
  });

  it('keeps hostile headings, captions, cells and columns in the model, where pages render them as text', () => {
    const { plan } = hostile;
    expect(plan.title).toBe('张掖市“十五五”教育发展规划{alert(1)}');
    expect(plan.preamble).toEqual(['“十五五”时期是教育强国建设的关键时期。import x from "y"', 'export const leak = process.env; 为加快建设高质量教育体系，制定本规划。']);
    expect(plan.chapters[0]!.title).toBe('发展基础和发展环境<script>alert("part")</script>');
    expect(plan.chapters[0]!.sections[0]!.title).toBe('发展基础{props.secret}');
    expect(plan.tables[0]!.caption).toBe('表1  “十四五”时期张掖教育事业发展指标完成情况{x}');
    expect(plan.tables[0]!.rows[0]).toEqual(['学前三年毛入园率<script>alert(3)</script>', '99.51', '{99.54%}', '约束性']);
    expect(plan.columns[0]!.title).toBe('<b>政策环境</b>{title}');
    expect(plan.columns[0]!.items.join('')).toContain('export default function Layout() { return null }');
    expect(plan.warnings.filter((warning) => warning.code === 'text-not-placed')).toEqual([]);
  });
});
