/**
 * styles.xml as data: each paragraph style's name, the style it is based on, its outline level and
 * the numbering it carries (`w:numPr`), resolved through `w:basedOn` as Word resolves them.
 */
import { wAttr, wChild, wChildren, wInt, wVal, type Document } from './ooxml.ts';

export interface ParagraphStyle {
  readonly id: string;
  /** The style's name as Word shows it (`heading 1`, `Title`, `标题 1`). */
  readonly name: string;
  /** 0-based outline level (Heading 1 → 0), from the style or the styles it is based on. */
  readonly outlineLevel: number | undefined;
  readonly numId: string | undefined;
  readonly ilvl: number | undefined;
}

export interface StyleSheet {
  /** The paragraph style of this id, resolved through its `basedOn` chain. */
  paragraphStyle(id: string | undefined): ParagraphStyle | undefined;
  /** The numbering a numbering style (`w:type="numbering"`) points at, for `w:numStyleLink`. */
  numberingStyleNumId(id: string): string | undefined;
}

interface RawStyle {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly basedOn: string | undefined;
  readonly outlineLevel: number | undefined;
  readonly numId: string | undefined;
  readonly ilvl: number | undefined;
}

export function readStyles(document: Document | undefined): StyleSheet {
  const raw = new Map<string, RawStyle>();
  let defaultParagraph: string | undefined;
  for (const style of document ? wChildren(document.documentElement!, 'style') : []) {
    const id = wAttr(style, 'styleId');
    if (id === undefined) continue;
    const type = wAttr(style, 'type') ?? 'paragraph';
    const pPr = wChild(style, 'pPr');
    const numPr = wChild(pPr, 'numPr');
    raw.set(id, {
      id,
      type,
      name: wVal(style, 'name') ?? id,
      basedOn: wVal(style, 'basedOn'),
      outlineLevel: wInt(pPr, 'outlineLvl'),
      numId: wVal(numPr, 'numId'),
      ilvl: wInt(numPr, 'ilvl'),
    });
    if (type === 'paragraph' && ['1', 'true', 'on'].includes(wAttr(style, 'default') ?? '')) defaultParagraph = id;
  }
  const resolved = new Map<string, ParagraphStyle>();
  const resolve = (id: string, seen: Set<string>): ParagraphStyle | undefined => {
    const cached = resolved.get(id);
    if (cached) return cached;
    const style = raw.get(id);
    if (!style || seen.has(id)) return undefined;
    seen.add(id);
    const parent = style.basedOn ? resolve(style.basedOn, seen) : undefined;
    const numbered = style.numId !== undefined ? style : parent;
    const result: ParagraphStyle = {
      id,
      name: style.name,
      outlineLevel: style.outlineLevel ?? parent?.outlineLevel,
      numId: numbered?.numId,
      ilvl: style.numId !== undefined ? style.ilvl : (style.ilvl ?? parent?.ilvl),
    };
    resolved.set(id, result);
    return result;
  };
  return {
    paragraphStyle: (id) => resolve(id ?? defaultParagraph ?? '', new Set()),
    numberingStyleNumId: (id) => raw.get(id)?.numId,
  };
}
