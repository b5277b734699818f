/**
 * Step 5b, the plan's hierarchy: which lines are headings, which label styles the plan uses as
 * heading levels (outermost first), and what each level becomes on the site: groups of pages (篇),
 * pages (章), in-page sections (节), and deeper headings set as labelled paragraphs.
 */
import {
  GROUPING_STYLES,
  LABEL_STYLES,
  headingForm,
  readLabel,
  readUnnumberedPart,
  type Label,
  type LabelStyle,
} from './classify-heading.ts';
import type { Segment } from './segment-blocks.ts';
import type { Level, LabelStyleName } from '../../src/lib/plan-schema.ts';

/**
 * A heading line: labelled (`第二章　总体部署`) or an unnumbered part (`序言`). A 篇/章/节 label alone
 * on its line takes its title from the next line (`第二章` / `总体部署`), which `titleIndex` names.
 */
export type Heading =
  | { readonly kind: 'labelled'; readonly label: Label; readonly titleIndex?: number }
  | { readonly kind: 'unnumbered'; readonly title: string };

export interface Hierarchy {
  /** The heading at each segment index that holds one. */
  readonly headings: ReadonlyMap<number, Heading>;
  /** The plan's levels, outermost first, with their role on the site. */
  readonly levels: readonly Level[];
  /** Index of the first non-blank segment after each index (or segments.length): one pass, so lookups stay linear. */
  readonly nextContent: Int32Array;
}

/** Division styles a sidecar may name for `pages:`, by the label a reader knows them by. */
export const PAGE_STYLE_NAMES: Readonly<Record<string, LabelStyleName>> = {
  篇: 'pian',
  编: 'bian',
  部分: 'part',
  章: 'chapter',
  节: 'jie',
  '一、': 'enumerated',
  '（一）': 'parenthesised',
  '1.': 'arabic',
  '（1）': 'arabic-parenthesised',
};

/**
 * Styles other than 篇/章/节/部分 count as a level only when the plan prints a sequence of them from
 * the first, or a heading of theirs has headings of a deeper style under it (an excerpt from 三、).
 */
const WORD_STYLES: ReadonlySet<LabelStyle> = new Set(['pian', 'bian', 'part', 'chapter', 'jie']);

export function inferHierarchy(segments: readonly Segment[], pageStyle?: LabelStyleName): Hierarchy {
  const nextContent = nextContentIndexes(segments);
  const headings = new Map<number, Heading>();
  const seen = new Map<LabelStyle, { count: number; first: boolean }>();
  segments.forEach((segment, index) => {
    if (segment.kind !== 'text') return;
    const next = segments[nextContent[index]!];
    const heading = readHeading(segment.line.text, next) ?? readSplitHeading(segment.line.text, next, nextContent[index]!);
    if (!heading) return;
    headings.set(index, heading);
    if (heading.kind !== 'labelled') return;
    const used = seen.get(heading.label.style) ?? { count: 0, first: false };
    seen.set(heading.label.style, { count: used.count + 1, first: used.first || heading.label.ordinal === 1 });
  });
  const parents = stylesWithChildren([...headings.values()]);
  const styles = LABEL_STYLES.filter((style) => {
    const used = seen.get(style);
    return used !== undefined && (WORD_STYLES.has(style) || (used.count >= 2 && used.first) || parents.has(style));
  });
  // Labels of styles that are not levels (a stray `一、` list) are run-in labels, not headings.
  for (const [index, heading] of headings) {
    if (heading.kind === 'labelled' && !styles.includes(heading.label.style)) headings.delete(index);
  }
  return { headings, levels: assignRoles(styles as LabelStyleName[], pageStyle), nextContent };
}

/**
 * A heading line: a label with a title and nothing else, or one short sentence alone on its line
 * when the text follows on the next line rather than a sibling label (`1.加强党的建设。` then
 * `2.…` is a list, not headings); or an unnumbered part (序言).
 */
function readHeading(text: string, next: Segment | undefined): Heading | null {
  const label = readLabel(text);
  if (label) {
    const form = headingForm(label);
    if (form === 'title') return { kind: 'labelled', label };
    if (form === 'sentence' && next?.kind === 'text') {
      const nextLabel = readLabel(next.line.text);
      return nextLabel?.style === label.style ? null : { kind: 'labelled', label };
    }
    return null;
  }
  return readUnnumberedPart(text) === null ? null : { kind: 'unnumbered', title: text };
}

/** Styles of a heading that the next heading nests under (`三、` then `（一）`): a level even when printed once. */
function stylesWithChildren(headings: readonly Heading[]): Set<LabelStyle> {
  const parents = new Set<LabelStyle>();
  const rank = (heading: Heading | undefined) => (heading?.kind === 'labelled' ? LABEL_STYLES.indexOf(heading.label.style) : -1);
  headings.forEach((heading, i) => {
    if (heading.kind === 'labelled' && rank(headings[i + 1]) > rank(heading)) parents.add(heading.label.style);
  });
  return parents;
}

/** `第二章` alone on its line with `总体部署` on the next: one heading printed over two lines. */
function readSplitHeading(text: string, next: Segment | undefined, nextIndex: number): Heading | null {
  const label = readLabel(text);
  if (!label || label.rest.trim() !== '' || !WORD_STYLES.has(label.style) || next?.kind !== 'text') return null;
  const title = next.line.text;
  if (readLabel(title) !== null || readUnnumberedPart(title) !== null) return null;
  const joined = readLabel(`${label.printed}${title}`);
  return joined && headingForm(joined) === 'title' ? { kind: 'labelled', label: joined, titleIndex: nextIndex } : null;
}

/**
 * Pages are 章 when the plan has them (篇 and 部分 above group them); otherwise the outermost level
 * that is not a grouping by nature (篇, 编). One level below the pages are sections; deeper levels
 * are labelled paragraphs. A sidecar's `pages:` overrides the choice for one plan.
 */
function assignRoles(styles: readonly LabelStyleName[], pageStyle: LabelStyleName | undefined): Level[] {
  const page =
    pageStyle && styles.includes(pageStyle)
      ? pageStyle
      : styles.includes('chapter')
        ? 'chapter'
        : (styles.find((style) => !GROUPING_STYLES.has(style as LabelStyle)) ?? styles.at(-1));
  const pageAt = page === undefined ? -1 : styles.indexOf(page);
  return styles.map((style, i) => ({
    style,
    role: i < pageAt ? 'group' : i === pageAt ? 'page' : i === pageAt + 1 ? 'section' : 'paragraph',
  }));
}

function nextContentIndexes(segments: readonly Segment[]): Int32Array {
  const next = new Int32Array(segments.length);
  let following = segments.length;
  for (let i = segments.length - 1; i >= 0; i--) {
    next[i] = following;
    if (segments[i]!.kind !== 'blank') following = i;
  }
  return next;
}
