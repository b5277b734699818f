/**
 * The national 十四五 纲要 of ../shared/plans-dev/ (19 篇, 65 章 numbered across the plan, 192 节
 * restarting per 章): a shape none of the five published plans has. Read from there, never published.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findLostLines } from '../../scripts/ingest/check-lossless.ts';
import { cleanLines } from '../../scripts/ingest/clean-lines.ts';
import { decodeSource } from '../../scripts/ingest/decode-source.ts';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import { readPlanSource } from '../../scripts/read-plan-source.ts';
import { describeOutline } from './describe-outline.ts';

const dir = new URL('../../../shared/plans-dev/', import.meta.url);
const id = 'cn-14th-2021-2025';
const source = readPlanSource(fileURLToPath(new URL(`${id}.txt`, dir)), { root: fileURLToPath(new URL('..', dir)) });
const { bytes } = source;
const { plan } = ingestPlan(source);

describe('a plan of 篇, 章 and 节', () => {
  it('reads 19 篇 as groups, 65 章 as pages and 192 节 as their sections', () => {
    expect(plan.levels).toEqual([
      { style: 'pian', role: 'group' },
      { style: 'chapter', role: 'page' },
      { style: 'jie', role: 'section' },
    ]);
    expect(plan.groups).toHaveLength(19);
    expect(plan.chapters).toHaveLength(65);
    expect(plan.chapters.reduce((sum, chapter) => sum + chapter.sections.length, 0)).toBe(192);
  });

  it('gives every division its depth in the hierarchy: 19 at 篇, 65 at 章, 192 at 节', () => {
    const divisions = [...plan.groups, ...plan.chapters, ...plan.chapters.flatMap((chapter) => chapter.sections)];
    const byLevel = [0, 1, 2].map((level) => divisions.filter((division) => division.level === level).length);
    expect(byLevel).toEqual([19, 65, 192]);
    expect(divisions.every((division) => plan.levels[division.level]!.style === division.style)).toBe(true);
  });

  it('keeps every printed number: chapters run on across 篇, sections restart in each 章', () => {
    expect(plan.chapters.map((chapter) => chapter.number)).toEqual(plan.chapters.map((chapter) => `第${chineseNumeral(chapter.n)}章`));
    for (const chapter of plan.chapters)
      expect(chapter.sections.map((section) => section.number)).toEqual(
        chapter.sections.map((section) => `第${chineseNumeral(section.n)}节`),
      );
    expect(
      [...plan.groups, ...plan.chapters, ...plan.chapters.flatMap((chapter) => chapter.sections)].some(
        (division) => division.numberRestored,
      ),
    ).toBe(false);
    expect(
      plan.warnings.filter(
        (warning) => warning.code === 'number-gap' || warning.code === 'number-sequence' || warning.code === 'number-restored',
      ),
    ).toEqual([]);
  });

  it('groups each chapter under its 篇, whose opening text stands on its first chapter’s page', () => {
    const second = plan.groups[1]!;
    expect([second.number, second.title]).toEqual(['第二篇', '坚持创新驱动发展 全面塑造发展新优势']);
    expect(second.firstChapter).toBe(4);
    expect(plan.chapters.filter((chapter) => chapter.group === 2).map((chapter) => chapter.number)).toEqual([
      '第四章',
      '第五章',
      '第六章',
      '第七章',
    ]);
    expect(second.blocks[0]).toMatchObject({ type: 'paragraph', anchor: 'g2-p1' });
    expect(plan.chapters[3]!.sections[0]).toMatchObject({ number: '第一节', title: '整合优化科技资源配置', anchor: 's1' });
  });

  it('keeps the chapters without 节, with their text on the page', () => {
    const withoutSections = plan.chapters.filter((chapter) => chapter.sections.length === 0);
    expect(withoutSections.map((chapter) => chapter.number)).toEqual([
      '第五十二章',
      '第五十六章',
      '第五十七章',
      '第五十八章',
      '第五十九章',
      '第六十章',
      '第六十三章',
    ]);
    for (const chapter of withoutSections) expect(chapter.blocks.length).toBeGreaterThan(0);
  });

  it('takes its title from the first line, and period and years from the title and sidecar', () => {
    expect(plan.title).toBe('中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要');
    expect(plan.period).toBe('十四五');
    expect(plan.years).toEqual([2021, 2025]);
    expect(plan.preamble).toHaveLength(1);
  });

  it('loses no line', () => {
    const lines = cleanLines(decodeSource(bytes).text);
    expect(findLostLines(lines, plan, new Set())).toEqual([]);
  });

  it('matches its golden outline, checked by hand against the document', () => {
    const golden = new URL(`../fixtures/outlines/${id}.txt`, import.meta.url);
    const outline = describeOutline(plan);
    if (process.env.UPDATE_GOLDENS) writeFileSync(golden, outline);
    expect(outline).toBe(readFileSync(golden, 'utf8'));
  });
});

function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
}
