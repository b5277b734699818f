/** Short descriptions of pages for search results and link previews (`<meta name="description">`, Open Graph). */
import type { Block, Chapter, Paragraph } from './plan-schema.ts';

/** Previews show about 120 characters of Chinese; longer text is cut there with an ellipsis. */
export const DESCRIPTION_MAX = 120;

/** The first sentence of `text` (up to and including 。！？), whitespace collapsed, at most `max` characters. */
export function firstSentence(text: string, max = DESCRIPTION_MAX): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  const end = collapsed.search(/[。！？!?]/);
  const sentence = end === -1 ? collapsed : collapsed.slice(0, end + 1);
  const chars = [...sentence];
  return chars.length <= max ? sentence : `${chars.slice(0, max - 1).join('')}…`;
}

/** A chapter's first paragraph, before its first section or else in the first section that has one. */
export function firstParagraph(chapter: Pick<Chapter, 'blocks' | 'sections'>): Paragraph | null {
  for (const blocks of [chapter.blocks, ...chapter.sections.map((section) => section.blocks)]) {
    const paragraph = blocks.find((block: Block): block is Paragraph => block.type === 'paragraph');
    if (paragraph) return paragraph;
  }
  return null;
}

/** The description of a chapter page: the first sentence of its text, with its run-in number. */
export function chapterDescription(chapter: Pick<Chapter, 'blocks' | 'sections' | 'title'>): string {
  const paragraph = firstParagraph(chapter);
  return paragraph ? firstSentence(`${paragraph.number ?? ''}${paragraph.text}`) : chapter.title;
}
