/**
 * numbering.xml as data: abstract numbering definitions (levels with start, format, level text,
 * restart, legal style, suffix) and the concrete numbering instances paragraphs point at, with
 * their level overrides.
 */
import { readCustomFormat } from './format-number.ts';
import { MC, elements, wAttr, wChild, wChildren, wFlag, wInt, wVal, type Document, type Element } from './ooxml.ts';

export interface NumberingLevel {
  readonly start: number;
  /** `w:numFmt`: decimal, chineseCounting, decimalEnclosedCircle, bullet, none… */
  readonly format: string;
  /** `w:lvlText`: the label pattern, `%1、`, `（%2）`, `第%1章`, or a bullet character. */
  readonly text: string;
  /** `w:lvlRestart`: restart after a use of level N (1-based) or higher; 0 never; undefined after any higher level. */
  readonly restartAfter: number | undefined;
  /** `w:isLgl`: every number in the label prints as decimal digits. */
  readonly isLegal: boolean;
  /** What Word prints between the label and the text. */
  readonly suffix: 'tab' | 'space' | 'nothing';
  /** `w:pStyle`: the paragraph style this level is tied to. */
  readonly styleId: string | undefined;
}

export interface AbstractNumbering {
  readonly id: string;
  readonly levels: ReadonlyMap<number, NumberingLevel>;
  /** `w:numStyleLink`: the levels live in the numbering style of that id. */
  readonly numStyleLink: string | undefined;
}

export interface LevelOverride {
  readonly startOverride: number | undefined;
  readonly level: NumberingLevel | undefined;
}

export interface ConcreteNumbering {
  readonly numId: string;
  readonly abstractId: string;
  readonly overrides: ReadonlyMap<number, LevelOverride>;
}

export interface NumberingDefinitions {
  readonly abstracts: ReadonlyMap<string, AbstractNumbering>;
  readonly instances: ReadonlyMap<string, ConcreteNumbering>;
}

export const NO_NUMBERING: NumberingDefinitions = { abstracts: new Map(), instances: new Map() };

export function readNumbering(document: Document | undefined): NumberingDefinitions {
  if (!document) return NO_NUMBERING;
  const root = document.documentElement!;
  const abstracts = new Map<string, AbstractNumbering>();
  for (const element of wChildren(root, 'abstractNum')) {
    const id = wAttr(element, 'abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, NumberingLevel>();
    for (const level of wChildren(element, 'lvl')) levels.set(Number(wAttr(level, 'ilvl') ?? 0), readLevel(level));
    abstracts.set(id, { id, levels, numStyleLink: wVal(element, 'numStyleLink') });
  }
  const instances = new Map<string, ConcreteNumbering>();
  for (const element of wChildren(root, 'num')) {
    const numId = wAttr(element, 'numId');
    const abstractId = wVal(element, 'abstractNumId');
    if (numId === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, LevelOverride>();
    for (const override of wChildren(element, 'lvlOverride')) {
      const level = wChild(override, 'lvl');
      overrides.set(Number(wAttr(override, 'ilvl') ?? 0), {
        startOverride: wInt(override, 'startOverride'),
        level: level ? readLevel(level) : undefined,
      });
    }
    instances.set(numId, { numId, abstractId, overrides });
  }
  return { abstracts, instances };
}

function readLevel(level: Element): NumberingLevel {
  const suffix = wVal(level, 'suff');
  return {
    start: wInt(level, 'start') ?? 0,
    format: readFormat(level),
    text: wVal(level, 'lvlText') ?? '',
    restartAfter: wInt(level, 'lvlRestart'),
    isLegal: wFlag(level, 'isLgl'),
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    styleId: wVal(level, 'pStyle'),
  };
}

/**
 * `w:numFmt`, or where Word 2010 wrapped a custom format in `mc:AlternateContent`, the custom
 * format when this reader knows it and the fallback format otherwise.
 */
function readFormat(level: Element): string {
  const direct = wChild(level, 'numFmt');
  if (direct) return wAttr(direct, 'val') ?? 'decimal';
  const alternate = elements(level).find((child) => child.namespaceURI === MC && child.localName === 'AlternateContent');
  const branch = (name: string) =>
    wChild(alternate && elements(alternate).find((child) => child.namespaceURI === MC && child.localName === name), 'numFmt');
  const custom = wAttr(branch('Choice'), 'format');
  return (custom !== undefined ? readCustomFormat(custom) : undefined) ?? wAttr(branch('Fallback'), 'val') ?? 'decimal';
}
