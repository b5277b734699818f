/**
 * Step 8, emit MDX: one chapter as an MDX document of references only (`<Section anchor="s2">`,
 * `<P anchor="s2-p1" />`, `<PlanTable n={1} />`), built as an mdast tree and serialised with
 * mdast-util-to-markdown and its MDX extension. No plan text goes into the MDX: the components
 * read it from plan.json, so nothing a plan prints can become code.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify as stringifyYaml } from 'yaml';
import type { ChapterFrontmatter, MdxComponentName, MdxComponentProps } from '../../src/lib/mdx-contract.ts';
import type { Block, Chapter } from '../../src/lib/plan-schema.ts';

export function emitChapterMdx(planId: string, chapter: Chapter): string {
  const tree: Root = {
    type: 'root',
    children: [
      ...chapter.blocks.map(blockNode),
      ...chapter.sections.map((section) => element('Section', { anchor: section.anchor }, section.blocks.map(blockNode))),
    ],
  };
  const frontmatter: ChapterFrontmatter = { plan: planId, chapter: chapter.n };
  return `---\n${stringifyYaml(frontmatter)}---\n\n${toMarkdown(tree, { extensions: [mdxToMarkdown()] })}`;
}

function blockNode(block: Block): MdxJsxFlowElement {
  switch (block.type) {
    case 'paragraph':
      return element('P', { anchor: block.anchor });
    case 'table':
      return element('PlanTable', { n: block.n });
    case 'column':
      return element('PlanColumn', { n: block.n });
  }
}

/** A component of the contract with its props: strings as literal attributes, numbers as integer expressions. */
function element<K extends MdxComponentName>(name: K, props: MdxComponentProps[K], children: MdxJsxFlowElement[] = []): MdxJsxFlowElement {
  const attributes = Object.entries(props).map(([key, value]): MdxJsxAttribute =>
    typeof value === 'number' ? numberAttribute(key, value) : { type: 'mdxJsxAttribute', name: key, value: String(value) },
  );
  return { type: 'mdxJsxFlowElement', name, attributes, children };
}

/** A number prop (`n={3}`): the expression is a numeral the ingest wrote, never plan text. */
function numberAttribute(name: string, value: number): MdxJsxAttribute {
  if (!Number.isInteger(value)) throw new TypeError(`${name} must be an integer, received ${value}`);
  return { type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: String(value) } };
}
