/**
 * What an editor does between two builds: fixes one paragraph of one plan. A sentence is added at
 * the end of one body paragraph printed on a line of its own, so the plan keeps every heading,
 * number, table and line, and only that paragraph's text changes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanLine } from '../../ingest/clean-lines.ts';
import { decodeSource } from '../../ingest/decode-source.ts';
import { ingestPlan } from '../../ingest/ingest-plan.ts';
import type { Plan } from '../../../src/lib/plan-schema.ts';

/** The sentence added: plain text, no label, no number, so it can start nothing new. */
export const ADDED_SENTENCE = '本段经编辑修订。';

export interface ParagraphEdit {
  /** 1-based source line of the paragraph. */
  readonly line: number;
  /** The chapter it stands in and its anchor on the chapter's page. */
  readonly chapter: number;
  readonly anchor: string;
  readonly before: string;
  readonly after: string;
}

/**
 * The source with one paragraph changed: the first plain paragraph (no run-in label or lead, a
 * line of its own, ending in 。) of the middle chapter, or of the nearest chapter after it that has one.
 */
export function editOneParagraph(source: Uint8Array, plan: Plan): { text: string; edit: ParagraphEdit } {
  const lines = decodeSource(source).text.split('\n');
  const middle = Math.floor(plan.chapters.length / 2);
  const chapters = [...plan.chapters.slice(middle), ...plan.chapters.slice(0, middle)];
  for (const chapter of chapters) {
    const blocks = [...chapter.blocks, ...chapter.sections.flatMap((section) => section.blocks)];
    for (const block of blocks) {
      if (block.type !== 'paragraph' || block.number || block.lead || block.heading || !block.text.endsWith('。')) continue;
      const raw = lines[block.line - 1];
      if (raw === undefined || cleanLine(raw) !== block.text) continue;
      lines[block.line - 1] = `${raw.replace(/\s+$/u, '')}${ADDED_SENTENCE}`;
      return {
        text: lines.join('\n'),
        edit: { line: block.line, chapter: chapter.n, anchor: block.anchor, before: block.text, after: `${block.text}${ADDED_SENTENCE}` },
      };
    }
  }
  throw new Error(`${plan.id}: no paragraph on a line of its own to edit`);
}

/** Edits one paragraph of plan `id` in a corpus folder (its `<id>.txt`, read with its sidecar), in place. */
export function editPlanInCorpus(dir: string, id: string): ParagraphEdit & { readonly plan: string } {
  const file = join(dir, `${id}.txt`);
  const sidecarFile = join(dir, `${id}.yml`);
  const bytes = readFileSync(file);
  const sidecar = existsSync(sidecarFile) ? { file: `${id}.yml`, text: readFileSync(sidecarFile, 'utf8') } : undefined;
  const { plan } = ingestPlan({ file: `${id}.txt`, bytes, sidecar });
  const { text, edit } = editOneParagraph(bytes, plan);
  writeFileSync(file, text);
  return { plan: id, ...edit };
}
