/**
 * The hub's input for a plan (scripts/build/hub-plan.ts) changes when a page across plans would
 * and not otherwise: an edited paragraph — even one that adds a line and so moves every heading
 * after it — leaves it unchanged, so the hub is not rebuilt; a changed chapter title changes it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hubPlan } from '../../scripts/build/hub-plan.ts';
import { editOneParagraph, ADDED_SENTENCE } from '../../scripts/bench/corpus/edit-paragraph.ts';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import type { Plan } from '../../src/lib/plan-schema.ts';

const FILE = 'zhangye-2026-2030.txt';
const bytes = readFileSync(`content/sources/${FILE}`);
const sidecar = { file: 'zhangye-2026-2030.yml', text: readFileSync('content/sources/zhangye-2026-2030.yml', 'utf8') };
const ingest = (text: string): Plan => ingestPlan({ file: FILE, bytes: new TextEncoder().encode(text), sidecar }).plan;
const hubJson = (plan: Plan) => JSON.stringify(hubPlan(plan));

const original = ingestPlan({ file: FILE, bytes, sidecar }).plan;
const lines = new TextDecoder().decode(bytes).split('\n');

describe('the hub’s input for a plan', () => {
  it('is unchanged by an edited paragraph', () => {
    const { text } = editOneParagraph(bytes, original);
    const edited = ingest(text);
    expect(JSON.stringify(edited)).not.toEqual(JSON.stringify(original));
    expect(hubJson(edited)).toEqual(hubJson(original));
  });

  it('is unchanged by a paragraph added on a line of its own, which moves every heading after it', () => {
    const { edit } = editOneParagraph(bytes, original);
    const added = [...lines.slice(0, edit.line), ADDED_SENTENCE, ...lines.slice(edit.line)].join('\n');
    const edited = ingest(added);
    const lastChapter = (plan: Plan) => plan.chapters.at(-1)!.line;
    expect(lastChapter(edited)).toBe(lastChapter(original) + 1);
    expect(hubJson(edited)).toEqual(hubJson(original));
  });

  it('changes with a chapter’s title', () => {
    const heading = lines.findIndex((line) => line.startsWith('第三部分'));
    const retitled = lines.map((line, i) => (i === heading ? line.replace('重点工作任务', '主要任务') : line)).join('\n');
    const edited = ingest(retitled);
    expect(edited.chapters.map((chapter) => chapter.title)).toContain('主要任务');
    expect(hubJson(edited)).not.toEqual(hubJson(original));
  });

  it('keeps the order of the divisions, tables and columns by source line', () => {
    const hub = hubPlan(original);
    const order = (plan: Plan) =>
      [
        ...plan.chapters.flatMap((chapter) => [
          { at: chapter.line, what: `c${chapter.n}` },
          ...chapter.sections.map((s) => ({ at: s.line, what: `s${chapter.n}.${s.n}` })),
        ]),
        ...plan.tables.map((table) => ({ at: table.line, what: `t${table.n}` })),
        ...plan.columns.map((column) => ({ at: column.line, what: `k${column.n}` })),
      ]
        .sort((a, b) => a.at - b.at)
        .map(({ what }) => what);
    expect(original.tables.length + original.columns.length).toBeGreaterThan(0);
    expect(order(hub)).toEqual(order(original));
  });
});
