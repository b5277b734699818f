/**
 * The ingest of one plan, as a pure function of its bytes and sidecar: read → clean → segment →
 * outline (headings, tables, columns) → metadata → the plan model and its chapters' MDX.
 */
import { createHash } from 'node:crypto';
import { planSchema, type Plan } from '../../src/lib/plan-schema.ts';
import { buildOutline } from './build-outline.ts';
import { findLostLines } from './check-lossless.ts';
import { cleanLines } from './clean-lines.ts';
import { decodeSource } from './decode-source.ts';
import { emitChapterMdx } from './emit-mdx.ts';
import { readMetadata } from './read-metadata.ts';
import { readSidecar } from './read-sidecar.ts';
import { readWordSource } from './docx/read-word-source.ts';
import { sourceFormat, type SourceFormat } from './docx/source-format.ts';
import { segmentBlocks, type Segment } from './segment-blocks.ts';
import { ACCOUNTED_OMISSION_CODES, type IngestWarning, type SourceLine } from './source-line.ts';

export interface PlanSource {
  /** Path of the raw export, relative to the project root (`content/sources/zhangye-2026-2030.txt`). */
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly sidecar?: { readonly file: string; readonly text: string };
}

export interface IngestedPlan {
  readonly plan: Plan;
  /** One MDX document per chapter, in order. */
  readonly chapters: ReadonlyArray<{ readonly n: number; readonly mdx: string }>;
}

export function ingestPlan(source: PlanSource): IngestedPlan {
  const sidecar = source.sidecar ? readSidecar(source.sidecar.text, source.sidecar.file) : {};
  const id = sidecar.id ?? planIdFromFileName(source.file);
  const { segments, lines, warnings: segmentWarnings, encoding, format, propertiesTitle } = readSegments(source);
  const outline = buildOutline(segments, id);
  // A Word document with no printed title may name one in its properties: used as the sidecar's would be, and said.
  const titleFromProperties = !sidecar.title && outline.titleLines.length === 0 && propertiesTitle ? propertiesTitle : null;
  const { metadata, warnings: metadataWarnings } = readMetadata(
    { titleLines: outline.titleLines.map((line) => line.text), planId: id },
    titleFromProperties ? { ...sidecar, title: titleFromProperties } : sidecar,
    outline.titleLines[0]?.line ?? 1,
  );
  const warnings: IngestWarning[] = [...segmentWarnings, ...outline.warnings, ...metadataWarnings];
  if (titleFromProperties) warnings.push({ line: 1, code: 'title-from-properties', message: `the document prints no title; "${titleFromProperties}" is taken from its properties (docProps/core.xml): confirm it or set "title" in the sidecar` });
  const plan: Plan = {
    schemaVersion: 1,
    id,
    ...metadata,
    source: { file: source.file, sha256: createHash('sha256').update(source.bytes).digest('hex'), encoding, ...(format === 'text' ? {} : { format }) },
    preamble: [...outline.preamble],
    chapters: [...outline.chapters],
    tables: [...outline.tables],
    columns: [...outline.columns],
    warnings: [],
  };
  const accounted = new Set(warnings.filter((warning) => ACCOUNTED_OMISSION_CODES.has(warning.code)).map((warning) => warning.line));
  for (const lost of findLostLines(lines, plan, accounted)) {
    warnings.push({ line: lost.line, code: 'text-not-placed', message: `this line is missing from the output: "${lost.text.slice(0, 40)}"` });
  }
  plan.warnings = sortWarnings(warnings);
  return { plan: planSchema.parse(plan), chapters: plan.chapters.map((chapter) => ({ n: chapter.n, mdx: emitChapterMdx(id, chapter) })) };
}

/**
 * The dispatch point: a text export is decoded, cleaned and segmented; a Word document is read by
 * `docx/` into the same segments. `lines` is every printed line, for the lossless check.
 */
function readSegments(source: PlanSource): { segments: Segment[]; lines: SourceLine[]; warnings: IngestWarning[]; encoding: string; format: SourceFormat; propertiesTitle: string | null } {
  const format = sourceFormat(source.file) ?? 'text';
  if (format !== 'text') return { ...readWordSource(source.bytes, format), encoding: 'ooxml', format };
  const { text, encoding } = decodeSource(source.bytes);
  const lines = cleanLines(text);
  return { ...segmentBlocks(lines), lines, encoding, format, propertiesTitle: null };
}

/** `content/sources/Zhangye 2026_2030.txt` → `zhangye-2026-2030`. */
export function planIdFromFileName(file: string): string {
  const base = file.split('/').pop()!.replace(/\.[^.]*$/u, '');
  const id = base.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
  if (!id) throw new Error(`${file}: cannot derive an ASCII plan id from the file name; set "id" in the sidecar`);
  return id;
}

function sortWarnings(warnings: readonly IngestWarning[]): IngestWarning[] {
  return [...warnings].sort((a, b) => a.line - b.line || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}
