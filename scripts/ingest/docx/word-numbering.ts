/**
 * The numbering engine: the label Word prints before each numbered paragraph, computed from
 * numbering.xml as Word counts. Counters belong to the abstract definition, so every instance
 * (`w:num`) of it continues one list, unless the instance overrides a level's start
 * (`w:startOverride`), which restarts that level where the instance is first used. Using a level
 * restarts the deeper ones (or as `w:lvlRestart` says); `%N` in the level text prints level N's
 * counter in level N's format, or in decimal digits on a legal-style (`w:isLgl`) level.
 */
import { formatNumber } from './format-number.ts';
import type { AbstractNumbering, ConcreteNumbering, NumberingDefinitions, NumberingLevel } from './read-numbering.ts';
import type { StyleSheet } from './read-styles.ts';

export interface PrintedLabel {
  /** The label as Word prints it: `第一章`, `一、`, `（二）`, `1.`, `①`; empty for `none`. */
  readonly text: string;
  /** The level's `w:numFmt`. */
  readonly format: string;
  readonly suffix: NumberingLevel['suffix'];
  readonly numId: string;
  readonly ilvl: number;
}

const LEVELS = 9;

export class WordNumbering {
  private readonly definitions: NumberingDefinitions;
  private readonly styles: StyleSheet | undefined;
  /** Per abstract definition: the last value printed at each level, undefined when (re)started. */
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly instancesSeen = new Set<string>();

  constructor(definitions: NumberingDefinitions, styles?: StyleSheet) {
    this.definitions = definitions;
    this.styles = styles;
  }

  /** The level paragraphs of style `styleId` take in list `numId` when they name no level. */
  levelOfStyle(numId: string, styleId: string | undefined): number {
    const abstract = this.abstractOf(numId);
    if (!abstract || styleId === undefined) return 0;
    for (const [ilvl, level] of abstract.levels) if (level.styleId === styleId) return ilvl;
    return 0;
  }

  /** Counts one paragraph of list `numId` at level `ilvl` and returns its label; null when the list is not defined. */
  next(numId: string, ilvl: number): PrintedLabel | null {
    const instance = this.definitions.instances.get(numId);
    const abstract = this.abstractOf(numId);
    if (!instance || !abstract) return null;
    const level = levelOf(abstract, instance, ilvl);
    if (!level) return null;
    const counters = this.countersOf(abstract.id);
    if (!this.instancesSeen.has(numId)) {
      this.instancesSeen.add(numId);
      for (const [overridden, override] of instance.overrides) {
        if (override.startOverride === undefined) continue;
        counters[overridden] = undefined;
        for (let deeper = overridden + 1; deeper < LEVELS; deeper++) counters[deeper] = undefined;
      }
    }
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(instance, abstract, ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      const restartAfter = levelOf(abstract, instance, deeper)?.restartAfter;
      if (restartAfter === undefined || (restartAfter !== 0 && ilvl < restartAfter)) counters[deeper] = undefined;
    }
    return { text: this.labelText(level, abstract, instance, counters), format: level.format, suffix: level.suffix, numId, ilvl };
  }

  private labelText(
    level: NumberingLevel,
    abstract: AbstractNumbering,
    instance: ConcreteNumbering,
    counters: ReadonlyArray<number | undefined>,
  ): string {
    if (level.format === 'bullet') return level.text;
    return level.text.replace(/%([1-9])/gu, (_, digit: string) => {
      const index = Number(digit) - 1;
      const value = counters[index] ?? startOf(instance, abstract, index);
      const format = levelOf(abstract, instance, index)?.format ?? 'decimal';
      return formatNumber(value, level.isLegal && format !== 'none' ? 'decimal' : format);
    });
  }

  /** The abstract definition of an instance, following `w:numStyleLink` to the numbering style's list. */
  private abstractOf(numId: string): AbstractNumbering | undefined {
    const instance = this.definitions.instances.get(numId);
    const abstract = instance ? this.definitions.abstracts.get(instance.abstractId) : undefined;
    if (!abstract?.numStyleLink || abstract.levels.size > 0) return abstract;
    const linkedNumId = this.styles?.numberingStyleNumId(abstract.numStyleLink);
    const linked = linkedNumId ? this.definitions.instances.get(linkedNumId) : undefined;
    return linked ? this.definitions.abstracts.get(linked.abstractId) : abstract;
  }

  private countersOf(abstractId: string): Array<number | undefined> {
    let counters = this.counters.get(abstractId);
    if (!counters) this.counters.set(abstractId, (counters = Array.from({ length: LEVELS }, () => undefined)));
    return counters;
  }
}

function levelOf(abstract: AbstractNumbering, instance: ConcreteNumbering, ilvl: number): NumberingLevel | undefined {
  return instance.overrides.get(ilvl)?.level ?? abstract.levels.get(ilvl);
}

function startOf(instance: ConcreteNumbering, abstract: AbstractNumbering, ilvl: number): number {
  return instance.overrides.get(ilvl)?.startOverride ?? levelOf(abstract, instance, ilvl)?.start ?? 0;
}
