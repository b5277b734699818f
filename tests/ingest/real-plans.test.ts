import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { findLostLines } from '../../scripts/ingest/check-lossless.ts';
import { cleanLines } from '../../scripts/ingest/clean-lines.ts';
import { decodeSource } from '../../scripts/ingest/decode-source.ts';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import { planSchema, type Paragraph, type Plan } from '../../src/lib/plan-schema.ts';
import { describeOutline } from './describe-outline.ts';
import { seedSource } from './run-ingest.ts';

const sourcesDir = new URL('../../content/sources/', import.meta.url);
const goldenDir = new URL('../fixtures/outlines/', import.meta.url);
const ids = readdirSync(sourcesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4))
  .sort();

it('publishes the five plans of the seeds', () => {
  expect(ids).toEqual(['baijiantan-2021-2025', 'dongli-2021-2025', 'shuanghe-2026-2030', 'xiandaihua-2025', 'zhangye-2026-2030']);
});

describe.each(ids)('%s', (id) => {
  const source = seedSource(id);
  const { plan, chapters } = ingestPlan(source);
  const lines = cleanLines(decodeSource(source.bytes).text);
  const accounted = new Set(plan.warnings.filter((warning) => warning.code === 'merged-cell-repeated').map((warning) => warning.line));

  it('loses no text: every source line appears in the output, in order', () => {
    expect(findLostLines(lines, plan, accounted)).toEqual([]);
    expect(plan.warnings.filter((warning) => warning.code === 'text-not-placed')).toEqual([]);
  });

  it('notices when a paragraph goes missing (the check can fail)', () => {
    const damaged: Plan = structuredClone(plan);
    const section = damaged.chapters
      .flatMap((chapter) => chapter.sections)
      .find((s) => s.blocks.some((block) => block.type === 'paragraph'))!;
    const index = section.blocks.findIndex((block) => block.type === 'paragraph');
    const [removed] = section.blocks.splice(index, 1) as [Paragraph];
    expect(findLostLines(lines, damaged, accounted).map((line) => line.line)).toEqual([removed.line]);
  });

  it('accounts for every dropped repeat of a merged cell with a warning', () => {
    for (const line of accounted) expect(lines.find((candidate) => candidate.line === line)?.text).not.toBe('');
  });

  it('is a valid open-data document with the source file’s hash', () => {
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.source.sha256).toBe(createHash('sha256').update(source.bytes).digest('hex'));
  });

  it('gives the same bytes on a second run', () => {
    const again = ingestPlan(seedSource(id));
    expect(JSON.stringify(again.plan)).toBe(JSON.stringify(plan));
    expect(again.chapters).toEqual(chapters);
  });

  it('references every paragraph from its chapter’s MDX by anchor, in reading order', () => {
    for (const chapter of plan.chapters) {
      const mdx = chapters[chapter.n - 1]!.mdx;
      const tree: Root = fromMarkdown(mdx.replace(/^---\n[\s\S]*?\n---\n/u, ''), {
        extensions: [mdxjs()],
        mdastExtensions: [mdxFromMarkdown()],
      });
      const fromMdx: string[] = [];
      const visit = (node: { type: string; name?: string; children?: unknown[] }) => {
        if (node.type === 'mdxJsxFlowElement' && node.name === 'P')
          fromMdx.push(
            String(
              (node as unknown as MdxJsxFlowElement).attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'anchor')?.value,
            ),
          );
        for (const child of node.children ?? []) visit(child as typeof node);
      };
      visit(tree);
      const fromJson = [chapter.blocks, ...chapter.sections.map((section) => section.blocks)]
        .flat()
        .filter((block): block is Paragraph => block.type === 'paragraph')
        .map((p) => p.anchor);
      expect(fromMdx).toEqual(fromJson);
    }
  });

  it('matches the hand-checked reading of the document (tests/fixtures/outlines)', () => {
    const golden = new URL(`${id}.txt`, goldenDir);
    const outline = describeOutline(plan);
    if (process.env.UPDATE_GOLDENS) {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(golden, outline);
    }
    expect(
      existsSync(golden),
      `missing golden ${golden.pathname}: write it with UPDATE_GOLDENS=1, then check it against the document by hand`,
    ).toBe(true);
    expect(outline).toBe(readFileSync(golden, 'utf8'));
  });
});
