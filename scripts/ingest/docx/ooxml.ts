/**
 * Small helpers over @xmldom/xmldom for WordprocessingML: elements by namespace and local name,
 * and `w:` attributes, so the readers say what they look for and nothing more.
 */
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';

export type { Document, Element };

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** The same vocabulary as saved by Word's "Strict Open XML Document" format. */
export const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const ELEMENT_NODE = 1;

/** Parses one XML part; a malformed part is an error naming it. */
export function parseXml(text: string, part: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(text, 'text/xml');
  if (errors.length > 0 || !document.documentElement) throw new Error(`${part} is not well-formed XML: ${errors[0] ?? 'no root element'}`);
  return document;
}

/** Whether `element` is a WordprocessingML element (transitional or strict). */
export function isW(element: Element): boolean {
  return element.namespaceURI === W || element.namespaceURI === W_STRICT;
}

/** The element children of `node`, in order. */
export function elements(node: Node): Element[] {
  const found: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === ELEMENT_NODE) found.push(child as Element);
  return found;
}

/** The `w:` children of `node` named `localName`. */
export function wChildren(node: Node, localName: string): Element[] {
  return elements(node).filter((child) => isW(child) && child.localName === localName);
}

/** The first `w:` child named `localName`, or undefined. */
export function wChild(node: Node | undefined, localName: string): Element | undefined {
  if (!node) return undefined;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE && isW(child as Element) && (child as Element).localName === localName) return child as Element;
  }
  return undefined;
}

/** A `w:` attribute's value (`w:val`, `w:id`…), or undefined. */
export function wAttr(element: Element | undefined, localName: string): string | undefined {
  if (!element) return undefined;
  for (const namespace of [W, W_STRICT])
    if (element.hasAttributeNS(namespace, localName)) return element.getAttributeNS(namespace, localName)!;
  return undefined;
}

/** `w:val` of the `w:` child named `localName`. */
export function wVal(node: Node | undefined, localName: string): string | undefined {
  return wAttr(wChild(node, localName), 'val');
}

/** An integer `w:val`, or undefined when absent or not a number. */
export function wInt(node: Node | undefined, localName: string): number | undefined {
  const value = wVal(node, localName);
  if (value === undefined || !/^-?\d+$/u.test(value)) return undefined;
  return Number(value);
}

/** An on/off property (`<w:isLgl/>`, `<w:b w:val="0"/>`): present and not false. */
export function wFlag(node: Node | undefined, localName: string): boolean {
  const element = wChild(node, localName);
  if (!element) return false;
  const value = wAttr(element, 'val');
  return value === undefined || !['0', 'false', 'off'].includes(value);
}
