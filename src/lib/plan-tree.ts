/** The plan's divisions as a tree: groups (篇) above the pages (章), for contents, breadcrumbs and citations. */
import type { Chapter, Group, Plan } from './plan-schema.ts';

/** A group with what stands in it, or a chapter, in reading order. */
export type TreeItem = { kind: 'group'; group: Group; items: TreeItem[] } | { kind: 'chapter'; chapter: Chapter };

/** The groups from the outermost down to group `n` (none for null): `[第二篇]`, or `[第一部分, 一、]` for nested groups. */
export function groupPath(groups: readonly Group[], n: number | null): Group[] {
  const path: Group[] = [];
  for (let group = groupByN(groups, n); group; group = groupByN(groups, group.parent)) {
    if (path.includes(group)) throw new Error(`Group ${group.n} stands in itself through its parents.`);
    path.unshift(group);
  }
  return path;
}

/** The groups whose heading and opening text stand on chapter `n`'s page, outermost first. */
export function groupsOpeningOn(groups: readonly Group[], chapterN: number): Group[] {
  return groups.filter((group) => group.firstChapter === chapterN);
}

/** Groups and chapters nested as the plan prints them; a plan without groups is a flat list of chapters. */
export function planTree(plan: Pick<Plan, 'groups' | 'chapters'>): TreeItem[] {
  const root: TreeItem[] = [];
  const itemsOf = new Map<number, TreeItem[]>();
  const place = (parent: number | null): TreeItem[] => (parent === null ? root : (itemsOf.get(parent) ?? root));
  const entries = [
    ...plan.groups.map((group) => ({ line: group.line, group })),
    ...plan.chapters.map((chapter) => ({ line: chapter.line, chapter })),
  ].sort((a, b) => a.line - b.line);
  for (const entry of entries) {
    if ('group' in entry) {
      const items: TreeItem[] = [];
      itemsOf.set(entry.group.n, items);
      place(entry.group.parent).push({ kind: 'group', group: entry.group, items });
    } else {
      place(entry.chapter.group).push({ kind: 'chapter', chapter: entry.chapter });
    }
  }
  return root;
}

function groupByN(groups: readonly Group[], n: number | null): Group | undefined {
  if (n === null) return undefined;
  return groups[n - 1]?.n === n ? groups[n - 1] : groups.find((group) => group.n === n);
}
