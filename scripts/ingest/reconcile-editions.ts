/**
 * Stable links across editions, as a pure step on units ({kind, key, text}). Each passage of the
 * new edition is matched to the passage of the published record it continues (same text, or the
 * same place with its wording corrected), and keeps that passage's key: a published link keeps
 * showing its passage (pinning). A new passage gets a key never used before. An old key whose
 * passage moved to another page, or is gone, is retired with a note, and never given to another.
 *
 * Keys: `3` (chapter page), `3#s2`, `3#s2-p4`, `3#table-5` (plan-wide n), `3#column-2` (plan-wide n).
 */
import { excerptOf, unitDigest, type PublishedUnit, type Unit, type UnitKind } from './publish-record.ts';

/** What became of a published key that no longer shows a passage of its own. */
export interface RetiredKey {
  readonly kind: UnitKind;
  readonly key: string;
  readonly excerpt: string;
  /** Where the passage stands now (`moved`), or nothing (`gone`). */
  readonly to: string | null;
}

export interface Reconciliation {
  /** Each current unit's key (positional, as the outline numbers it) → the key it is published under. */
  readonly keys: Map<string, string>;
  /** Published keys kept for a passage whose wording changed (a heading fixed), with the old excerpt. */
  readonly changed: { readonly kind: UnitKind; readonly key: string; readonly excerpt: string }[];
  /** Published keys that now show a note: moved (with where to) or gone. */
  readonly retired: RetiredKey[];
  readonly counts: {
    readonly kept: number;
    readonly changed: number;
    readonly moved: number;
    readonly gone: number;
    readonly added: number;
  };
}

/** Two texts are the same passage reworded when their character bigrams overlap this much (Dice). */
const SAME_PASSAGE = 0.6;

export function reconcileEditions(published: readonly PublishedUnit[], current: readonly Unit[]): Reconciliation {
  const live = published.filter((unit) => unit.retired === undefined);
  const match = matchUnits(live, current);

  // Every key ever published stays reserved: a new passage never takes one.
  const reserved = new Set(published.map((unit) => unit.key));
  const keys = new Map<string, string>();
  const used = new Set<string>();
  const fresh = (candidate: (i: number) => string): string => {
    for (let i = 1; ; i++) {
      const key = candidate(i);
      if (!reserved.has(key) && !used.has(key)) return key;
    }
  };
  const assign = (unit: Unit, key: string) => {
    keys.set(unit.key, key);
    used.add(key);
  };

  // Chapters first: their numbers are the pages the other keys stand on.
  const chapterOf = new Map<string, string>();
  const maxChapter = Math.max(0, ...published.filter((unit) => unit.kind === 'chapter').map((unit) => Number(unit.key)));
  let nextChapter = maxChapter;
  for (const unit of current.filter((candidate) => candidate.kind === 'chapter')) {
    const old = match.get(unit);
    assign(unit, old ? old.key : String(Math.max(++nextChapter, 1)));
    chapterOf.set(unit.key, keys.get(unit.key)!);
  }

  // Then, on each page, sections, paragraphs, tables and columns.
  let sectionAnchor = 's0';
  for (const unit of current) {
    if (unit.kind === 'chapter') {
      sectionAnchor = 's0';
      continue;
    }
    const page = chapterOf.get(pageOf(unit.key))!;
    const old = match.get(unit);
    const pinned =
      old && (unit.kind === 'table' || unit.kind === 'column' || pageOf(old.key) === page) ? `${page}#${anchorOf(old.key)}` : null;
    let key: string;
    if (pinned && !used.has(pinned)) key = pinned;
    else if (unit.kind === 'section') key = fresh((i) => `${page}#s${i}`);
    else if (unit.kind === 'paragraph') key = fresh((i) => `${page}#${sectionAnchor}-p${i}`);
    else key = `${page}#${unit.kind}-${freshNumber(unit.kind, published, used, reserved)}`;
    assign(unit, key);
    if (unit.kind === 'section') sectionAnchor = anchorOf(key);
  }

  // What became of each published key.
  const matchedTo = new Map([...match].map(([unit, old]) => [old.key, keys.get(unit.key)!]));
  const changed: Reconciliation['changed'] = [];
  const retired: RetiredKey[] = [];
  for (const old of published) {
    if (old.retired !== undefined) {
      const to = old.retired.to === null ? null : (matchedTo.get(old.retired.to) ?? (used.has(old.retired.to) ? old.retired.to : null));
      retired.push({ kind: old.kind, key: old.key, excerpt: old.excerpt, to });
      continue;
    }
    const to = matchedTo.get(old.key);
    if (to === undefined) retired.push({ kind: old.kind, key: old.key, excerpt: old.excerpt, to: null });
    else if (to !== old.key) retired.push({ kind: old.kind, key: old.key, excerpt: old.excerpt, to });
    else if (unitDigest(textOf(current, keys, to)) !== old.digest) changed.push({ kind: old.kind, key: old.key, excerpt: old.excerpt });
  }
  const newlyRetired = retired.filter((unit) => live.some((old) => old.key === unit.key));
  return {
    keys,
    changed,
    retired,
    counts: {
      kept: live.length - newlyRetired.length - changed.length,
      changed: changed.length,
      moved: newlyRetired.filter((unit) => unit.to !== null).length,
      gone: newlyRetired.filter((unit) => unit.to === null).length,
      added: current.length - match.size,
    },
  };
}

/**
 * Current units matched to live published ones of the same kind: first the same text (nearest the
 * same key), then the same place reworded (the one passage of its kind between the same matched
 * neighbours), then a passage reworded and moved (a bigram overlap with the published excerpt).
 */
function matchUnits(live: readonly PublishedUnit[], current: readonly Unit[]): Map<Unit, PublishedUnit> {
  const match = new Map<Unit, PublishedUnit>();
  const taken = new Set<PublishedUnit>();
  const byDigest = Map.groupBy(live, (unit) => `${unit.kind}\0${unit.digest}`);
  for (const unit of current) {
    const candidates = (byDigest.get(`${unit.kind}\0${unitDigest(unit.text)}`) ?? []).filter((old) => !taken.has(old));
    const old = candidates.find((candidate) => candidate.key === unit.key) ?? candidates[0];
    if (old) {
      match.set(unit, old);
      taken.add(old);
    }
  }
  matchBetweenNeighbours(live, current, match, taken);
  for (const unit of current) {
    if (match.has(unit)) continue;
    const excerpt = excerptOf(unit.text);
    let best: { old: PublishedUnit; score: number } | null = null;
    for (const old of live) {
      if (taken.has(old) || old.kind !== unit.kind) continue;
      const score = similarity(excerpt, old.excerpt) + (old.key === unit.key ? 0.01 : 0);
      if (score >= SAME_PASSAGE && (best === null || score > best.score)) best = { old, score };
    }
    if (best) {
      match.set(unit, best.old);
      taken.add(best.old);
    }
  }
  return match;
}

/**
 * A heading corrected in place (`二、发展原则` → `二、基本原则`): where the matched passages just
 * before and after an unmatched published one enclose exactly one unmatched current passage of its
 * kind, and it alone on the published side, the two are the same passage.
 */
function matchBetweenNeighbours(
  live: readonly PublishedUnit[],
  current: readonly Unit[],
  match: Map<Unit, PublishedUnit>,
  taken: Set<PublishedUnit>,
): void {
  const currentIndexOf = new Map([...match].map(([unit, old]) => [old, current.indexOf(unit)]));
  for (let i = 0; i < live.length; i++) {
    const old = live[i]!;
    if (taken.has(old)) continue;
    let before = i - 1;
    while (before >= 0 && !currentIndexOf.has(live[before]!)) before--;
    let after = i + 1;
    while (after < live.length && !currentIndexOf.has(live[after]!)) after++;
    const from = before < 0 ? -1 : currentIndexOf.get(live[before]!)!;
    const to = after >= live.length ? current.length : currentIndexOf.get(live[after]!)!;
    const oldBetween = live.slice(before + 1, after).filter((unit) => unit.kind === old.kind && !taken.has(unit));
    const newBetween = current.slice(from + 1, Math.max(from + 1, to)).filter((unit) => unit.kind === old.kind && !match.has(unit));
    if (oldBetween.length === 1 && newBetween.length === 1) {
      match.set(newBetween[0]!, old);
      taken.add(old);
    }
  }
}

/** Dice coefficient of the two texts' character bigrams. */
export function similarity(a: string, b: string): number {
  const bigrams = (text: string) => {
    const flat = text.replace(/\s+/gu, '');
    const counts = new Map<string, number>();
    for (let i = 0; i + 1 < flat.length; i++) counts.set(flat.slice(i, i + 2), (counts.get(flat.slice(i, i + 2)) ?? 0) + 1);
    return counts;
  };
  const [x, y] = [bigrams(a), bigrams(b)];
  const total = [...x.values(), ...y.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return a.replace(/\s+/gu, '') === b.replace(/\s+/gu, '') ? 1 : 0;
  let shared = 0;
  for (const [bigram, n] of x) shared += Math.min(n, y.get(bigram) ?? 0);
  return (2 * shared) / total;
}

function freshNumber(
  kind: 'table' | 'column',
  published: readonly PublishedUnit[],
  used: ReadonlySet<string>,
  reserved: ReadonlySet<string>,
): number {
  const numbers = [...published.map((unit) => unit.key), ...used, ...reserved]
    .map((key) => new RegExp(`#${kind}-(\\d+)$`, 'u').exec(key)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return Math.max(0, ...numbers) + 1;
}

function pageOf(key: string): string {
  return key.split('#')[0]!;
}

function anchorOf(key: string): string {
  return key.split('#')[1] ?? '';
}

function textOf(current: readonly Unit[], keys: ReadonlyMap<string, string>, key: string): string {
  return current.find((unit) => keys.get(unit.key) === key)?.text ?? '';
}
