/**
 * Citations a reader copies: the plan's title in 《》 and the locator of the place, the labels
 * that lead to it (`第三部分 二、（五）`, `第二篇 第四章 第一节`), followed by the place's URL:
 * `《张掖市“十五五”教育发展规划》第三部分 二、（五） https://…/plans/zhangye-2026-2030/3/#s2-p2`.
 *
 * Pages carry each place's locator and the plan's title once; the page's script joins them with
 * `citation` and `citationWithUrl`, the same functions the tests check.
 */
import { labelGap, numberedTitle } from './labels.ts';
import type { Chapter, Column, Group, Paragraph, Plan, Section, Table } from './plan-schema.ts';
import { groupPath } from './plan-tree.ts';

/** `《title》` then the locator. */
export function citation(planTitle: string, locator: string): string {
  return `《${planTitle}》${locator}`;
}

/** The text "复制引用" copies: the citation, a space, the absolute URL of the place. */
export function citationWithUrl(citationText: string, url: string): string {
  return `${citationText} ${url}`;
}

/** Labels in order, each after the gap its predecessor asks for (`第三部分 二、（五）`); empty labels are skipped. */
export function locator(labels: readonly string[]): string {
  return labels.filter((label) => label !== '').reduce((text, label) => (text === '' ? label : `${text}${labelGap(text)}${label}`), '');
}

/** A division is cited by its number, or by its title when it has none (序言). */
export function divisionLabel(division: Pick<Chapter, 'number' | 'title'>): string {
  return division.number || division.title;
}

/** The labels that lead to a group: its parents' and its own (`第二篇`). */
export function groupLabels(plan: Pick<Plan, 'groups'>, group: number | null): string[] {
  return groupPath(plan.groups, group).map(divisionLabel);
}

/** The labels that lead to a chapter: its groups', then its own (`第二篇 第四章`). */
export function chapterLabels(plan: Pick<Plan, 'groups'>, chapter: Pick<Chapter, 'number' | 'title' | 'group'>): string[] {
  return [...groupLabels(plan, chapter.group), divisionLabel(chapter)];
}

/** A group's own place, for its opening text (`第二篇`). */
export function groupLocator(plan: Pick<Plan, 'groups'>, group: Pick<Group, 'n'>): string {
  return locator(groupLabels(plan, group.n));
}

/** A chapter under its groups (`第二篇 第四章`), by its title when it has no number. */
export function chapterLocator(plan: Pick<Plan, 'groups'>, chapter: Pick<Chapter, 'number' | 'title' | 'group'>): string {
  return locator(chapterLabels(plan, chapter));
}

/** A section after its chapter's labels (`第二篇 第四章 第一节`, `第三部分 二、`), by its title when it has no number. */
export function sectionLocator(chapterPlace: readonly string[], section: Pick<Section, 'number' | 'title'>): string {
  return locator([...chapterPlace, divisionLabel(section)]);
}

/** A numbered paragraph (`（五）促进学前教育优质普惠发展。…`) after the labels of its chapter and section, if any. */
export function paragraphLocator(
  chapterPlace: readonly string[],
  section: Pick<Section, 'number' | 'title'> | null,
  paragraph: Pick<Paragraph, 'number'>,
): string {
  return locator([...chapterPlace, section ? divisionLabel(section) : '', paragraph.number ?? '']);
}

/** A table after the labels of its place, by its caption as printed (`第二部分 三、 表2 …`). */
export function tableLocator(place: readonly string[], table: Pick<Table, 'n' | 'caption'>): string {
  return withObject(locator(place), tableLabel(table));
}

/** A featured column after the labels of its place, by number and title (`三、（二） 专栏1 新时代立德树人工程`). */
export function columnLocator(place: readonly string[], column: Pick<Column, 'number' | 'title'>): string {
  return withObject(locator(place), numberedTitle(column.number, column.title));
}

/** A table's name as a reader sees it: its caption with whitespace runs collapsed, or `表<n>` as the page captions it. */
export function tableLabel(table: Pick<Table, 'n' | 'caption'>): string {
  return table.caption?.replace(/\s+/g, ' ').trim() || `表${table.n}`;
}

/** The labels of the place a table or column stands in: its chapter's (with its groups), then its section's; none on the cover. */
export function placeLabels(plan: Pick<Plan, 'chapters' | 'groups'>, at: { chapter: number | null; section: number | null }): string[] {
  const chapter = at.chapter === null ? undefined : plan.chapters[at.chapter - 1];
  if (!chapter) return [];
  const section = at.section === null ? undefined : chapter.sections[at.section - 1];
  return [...chapterLabels(plan, chapter), section ? divisionLabel(section) : ''];
}

/** A table or column is set off from its place's labels by a space. */
function withObject(place: string, label: string): string {
  return place === '' ? label : `${place} ${label}`;
}
