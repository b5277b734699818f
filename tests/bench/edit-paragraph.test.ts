import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDED_SENTENCE, editOneParagraph, editPlanInCorpus } from '../../scripts/bench/corpus/edit-paragraph.ts';
import { readRealPlans, writeCorpus } from '../../scripts/bench/corpus/write-corpus.ts';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import type { Plan } from '../../src/lib/plan-schema.ts';
import { tempDir } from '../temp-dir.ts';

const root = new URL('../../', import.meta.url).pathname;
const decoder = new TextDecoder();

function ingest(id: string, bytes: Uint8Array, yml: string | undefined): Plan {
  return ingestPlan({ file: `${id}.txt`, bytes, sidecar: yml === undefined ? undefined : { file: `${id}.yml`, text: yml } }).plan;
}

/** Every paragraph of a plan with where it stands, in reading order. */
function paragraphs(plan: Plan): Array<{ where: string; text: string }> {
  const blocks = [
    ...plan.groups.flatMap((group) => group.blocks.map((block) => ({ where: `g${group.n}`, block }))),
    ...plan.chapters.flatMap((chapter) => [
      ...chapter.blocks.map((block) => ({ where: `c${chapter.n}`, block })),
      ...chapter.sections.flatMap((section) => section.blocks.map((block) => ({ where: `c${chapter.n}.${section.n}`, block }))),
    ]),
  ];
  return blocks.flatMap(({ where, block }) =>
    block.type === 'paragraph' ? [{ where: `${where} ${block.anchor}`, text: block.text }] : [],
  );
}

/** The plan as plan.json holds it, with every paragraph's text and the source's hash left out. */
function withoutParagraphText(plan: Plan): unknown {
  const { source, ...rest } = plan;
  return JSON.parse(
    JSON.stringify({ ...rest, source: { ...source, sha256: '' } }, (key, value: unknown) =>
      key === 'text' && typeof value === 'string' ? '' : value,
    ),
  );
}

describe('editOneParagraph', () => {
  for (const real of readRealPlans(join(root, 'content/sources'))) {
    it(`changes exactly one paragraph of ${real.id}, and the plan ingests with the same warnings`, () => {
      const before = ingest(real.id, real.txt, real.yml);
      const { text, edit } = editOneParagraph(real.txt, before);
      const after = ingest(real.id, new TextEncoder().encode(text), real.yml);

      const [old, changed] = [paragraphs(before), paragraphs(after)];
      expect(changed.map((paragraph) => paragraph.where)).toEqual(old.map((paragraph) => paragraph.where));
      const differing = changed.filter((paragraph, i) => paragraph.text !== old[i]!.text);
      expect(differing).toEqual([{ where: expect.stringContaining(edit.anchor), text: `${edit.before}${ADDED_SENTENCE}` }]);
      expect(edit.after).toBe(differing[0]!.text);
      expect(withoutParagraphText(after)).toEqual(withoutParagraphText(before));
      expect(after.warnings).toEqual(before.warnings);
      // Only the edited line differs in the source; the line count stays.
      const [oldLines, newLines] = [
        decoder
          .decode(real.txt)
          .replace(/^\uFEFF/u, '')
          .split('\n'),
        text.split('\n'),
      ];
      expect(newLines).toHaveLength(oldLines.length);
      expect(newLines.flatMap((line, i) => (line === oldLines[i] ? [] : [i + 1]))).toEqual([edit.line]);
    });
  }
});

describe('editPlanInCorpus', () => {
  it('edits one paragraph of a synthetic plan in the corpus folder, with no new warning, and leaves the other plans alone', () => {
    const dir = join(tempDir('planpress-edit-'), 'corpus');
    writeCorpus(dir, 40, 1, root);
    const ids = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => name.slice(0, -4));
    const read = (id: string) => ingest(id, readFileSync(join(dir, `${id}.txt`)), readFileSync(join(dir, `${id}.yml`), 'utf8'));
    const synthetic = ids.filter((id) => readFileSync(join(dir, `${id}.yml`), 'utf8').startsWith('# Synthetic'));
    expect(synthetic.length).toBeGreaterThanOrEqual(30);
    for (const id of synthetic) {
      const before = read(id);
      const others = ids.filter((other) => other !== id).map((other) => readFileSync(join(dir, `${other}.txt`)));
      const edit = editPlanInCorpus(dir, id);
      const after = read(id);
      expect(edit.plan).toBe(id);
      const changed = paragraphs(after).filter((paragraph, i) => paragraph.text !== paragraphs(before)[i]!.text);
      expect(
        changed.map((paragraph) => paragraph.text),
        id,
      ).toEqual([edit.after]);
      expect(after.warnings, id).toEqual(before.warnings);
      ids
        .filter((other) => other !== id)
        .forEach((other, i) => expect(readFileSync(join(dir, `${other}.txt`)).equals(others[i]!), other).toBe(true));
    }
  });
});
