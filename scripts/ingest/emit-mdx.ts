/**
 * Step 8, emit MDX: one chapter as an MDX document, built as an mdast tree and serialised with
 * mdast-util-to-markdown and its MDX extension. The serialiser escapes every text node, so plan
 * text such as `{`, `<script>` or `export const` can only ever render as text.
 */
import type { Paragraph as MdastParagraph, PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify as stringifyYaml } from 'yaml';
import type { Block, Chapter, Paragraph } from '../../src/lib/plan-schema.ts';

/** Names of the components the chapter page supplies to render these documents. */
export const MDX_COMPONENTS = ['Section', 'P', 'Num', 'Lead', 'PlanTable', 'PlanColumn'] as const;

export function emitChapterMdx(planId: string, chapter: Chapter): string {
  const tree: Root = {
    type: 'root',
    children: [
      ...chapter.blocks.map((block) => blockNode(planId, block)),
      ...chapter.sections.map(
        (section): MdxJsxFlowElement =>
          flowElement(
            'Section',
            [
              attribute('id', section.anchor),
              numberAttribute('n', section.n),
              attribute('number', section.number),
              ...(section.numberRestored ? [flag('numberRestored')] : []),
              attribute('title', section.title),
            ],
            section.blocks.map((block) => blockNode(planId, block)),
          ),
      ),
    ],
  };
  const frontmatter = stringifyYaml({ plan: planId, chapter: chapter.n, number: chapter.number, title: chapter.title });
  return `---\n${frontmatter}---\n\n${toMarkdown(tree, { extensions: [mdxToMarkdown()] })}`;
}

function blockNode(planId: string, block: Block): MdxJsxFlowElement {
  switch (block.type) {
    case 'paragraph':
      return paragraphNode(block);
    case 'table':
      return flowElement('PlanTable', [attribute('plan', planId), numberAttribute('n', block.n)], []);
    case 'column':
      return flowElement('PlanColumn', [attribute('plan', planId), numberAttribute('n', block.n)], []);
  }
}

/** `<P id="s1-p2"><Num>（一）</Num><Lead>政策环境孕育新机遇。</Lead>教育是…</P>` */
function paragraphNode(paragraph: Paragraph): MdxJsxFlowElement {
  const phrasing: PhrasingContent[] = [];
  if (paragraph.number !== undefined) {
    phrasing.push(textElement('Num', paragraph.numberRestored ? [flag('restored')] : [], paragraph.number));
  }
  const lead = paragraph.lead ?? '';
  if (lead) phrasing.push(textElement('Lead', [], lead));
  const rest = paragraph.text.slice(lead.length);
  if (rest) phrasing.push({ type: 'text', value: rest });
  // Text must sit in an mdast paragraph: only phrasing content is escaped by the serialiser.
  const body: MdastParagraph = { type: 'paragraph', children: phrasing };
  return flowElement('P', [attribute('id', paragraph.anchor)], [body]);
}

function flowElement(name: string, attributes: MdxJsxAttribute[], children: MdxJsxFlowElement['children']): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children };
}

function textElement(name: string, attributes: MdxJsxAttribute[], text: string): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes, children: [{ type: 'text', value: text }] };
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function flag(name: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value: null };
}

/** A number prop (`n={3}`): the expression is a numeral the ingest wrote, never plan text. */
function numberAttribute(name: string, value: number): MdxJsxAttribute {
  if (!Number.isInteger(value)) throw new TypeError(`${name} must be an integer, received ${value}`);
  return { type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: String(value) } };
}
