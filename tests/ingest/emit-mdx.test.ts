import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENT_NAMES } from '../../src/lib/mdx-contract.ts';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import type { Paragraph, Plan } from '../../src/lib/plan-schema.ts';

const hostile = ingestPlan({
  file: 'tests/fixtures/plans/hostile.txt',
  bytes: readFileSync(new URL('../fixtures/plans/hostile.txt', import.meta.url)),
});

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

/** The anchor every `<P>` of a chapter references, in order. */
function paragraphAnchors(tree: Root): string[] {
  return nodesOf(tree)
    .filter((node) => node.type === 'mdxJsxFlowElement' && node.name === 'P')
    .map((node) => String(node.attributes?.find((attribute) => attribute.name === 'anchor')?.value));
}

const jsonParagraphAnchors = (plan: Plan, n: number) => {
  const chapter = plan.chapters[n - 1]!;
  return [chapter.blocks, ...chapter.sections.map((section) => section.blocks)]
    .flat()
    .filter((block): block is Paragraph => block.type === 'paragraph')
    .map((p) => p.anchor);
};

describe('emitChapterMdx on a hostile plan', () => {
  const trees = hostile.chapters.map((chapter) => parseMdx(chapter.mdx));

  it('produces no import, export or expression: plan text never becomes code', () => {
    const types = new Set(trees.flatMap((tree) => nodesOf(tree).map((node) => node.type)));
    expect(types).not.toContain('mdxjsEsm');
    expect(types).not.toContain('mdxFlowExpression');
    expect(types).not.toContain('mdxTextExpression');
  });

  it('uses only the components of the MDX contract, with literal attributes and integer expressions', () => {
    const names = new Set<string>();
    for (const node of trees.flatMap(nodesOf)) {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
      names.add(node.name ?? '');
      expect(MDX_COMPONENT_NAMES).toContain(node.name);
      for (const attribute of node.attributes ?? []) {
        const value = attribute.value as null | string | { type: string; value: string };
        if (value !== null && typeof value === 'object') expect(value.value).toMatch(/^\d+$/u);
      }
    }
    expect([...names].sort()).toEqual(['P', 'PlanColumn', 'PlanTable', 'Section']);
  });

  it('holds no plan text: each <P> references its paragraph in plan.json by anchor, in reading order', () => {
    const mdx = hostile.chapters.map((chapter) => chapter.mdx).join('\n');
    for (const text of ['alert(1)', '<script>', 'import x', 'globalThis.pwned', '政策环境孕育新机遇']) expect(mdx).not.toContain(text);
    expect(hostile.chapters.length).toBeGreaterThan(0);
    for (const chapter of hostile.plan.chapters)
      expect(paragraphAnchors(trees[chapter.n - 1]!)).toEqual(jsonParagraphAnchors(hostile.plan, chapter.n));
  });

  it('keeps hostile headings, captions, cells and columns in the model, where pages render them as text', () => {
    const { plan } = hostile;
    expect(plan.title).toBe('张掖市“十五五”教育发展规划{alert(1)}');
    expect(plan.preamble).toEqual([
      '“十五五”时期是教育强国建设的关键时期。import x from "y"',
      'export const leak = process.env; 为加快建设高质量教育体系，制定本规划。',
    ]);
    expect(plan.chapters[0]!.title).toBe('发展基础和发展环境<script>alert("part")</script>');
    expect(plan.chapters[0]!.sections[0]!.title).toBe('发展基础{props.secret}');
    expect(plan.tables[0]!.caption).toBe('表1  “十四五”时期张掖教育事业发展指标完成情况{x}');
    expect(plan.tables[0]!.rows[0]).toEqual(['学前三年毛入园率<script>alert(3)</script>', '99.51', '{99.54%}', '约束性']);
    expect(plan.columns[0]!.title).toBe('<b>政策环境</b>{title}');
    expect(plan.columns[0]!.items.join('')).toContain('export default function Layout() { return null }');
    expect(plan.warnings.filter((warning) => warning.code === 'text-not-placed')).toEqual([]);
  });
});
