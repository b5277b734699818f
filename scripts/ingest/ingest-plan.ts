/**
 * The ingest of one plan, as a pure function of its bytes and sidecar: read → clean → segment →
 * outline (headings, tables, columns) → metadata → the plan model and its chapters' MDX.
 */
import { createHash } from 'node:crypto';
import { planSchema, type Plan } from '../../src/lib/plan-schema.ts';
import { applyEditionKeys } from './apply-edition-keys.ts';
import { buildOutline } from './build-outline.ts';
import { PAGE_STYLE_NAMES } from './infer-hierarchy.ts';
import { findLostLines } from './check-lossless.ts';
import { checkPlanText } from './check-plan-text.ts';
import { cleanLines } from './clean-lines.ts';
import { decodeSource } from './decode-source.ts';
import { emitChapterMdx } from './emit-mdx.ts';
import { planUnits, type PublishRecord } from './publish-record.ts';
import { readMetadata } from './read-metadata.ts';
import { reconcileEditions, type Reconciliation } from './reconcile-editions.ts';
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
  /** The plan's publish record (`content/published/<id>.json`), when an edition of it is published. */
  readonly published?: PublishRecord;
}

export interface IngestedPlan {
  readonly plan: Plan;
  /** One MDX document per chapter, in order. */
  readonly chapters: ReadonlyArray<{ readonly n: number; readonly mdx: string }>;
  /** What became of the published edition's links, when there is one: notes for the pages. */
  readonly edition: Edition | null;
}

export type Edition = Omit<Reconciliation, 'keys'>;

export function ingestPlan(source: PlanSource): IngestedPlan {
  const sidecar = source.sidecar ? readSidecar(source.sidecar.text, source.sidecar.file) : {};
  const id = sidecar.id ?? planIdFromFileName(source.file);
  const { segments, lines, warnings: segmentWarnings, encoding, format, propertiesTitle } = readSegments(source);
  const outline = buildOutline(segments, id, { pageStyle: sidecar.pages === undefined ? undefined : PAGE_STYLE_NAMES[sidecar.pages] });
  // A Word document with no printed title may name one in its properties: used as the sidecar's would be, and said.
  const titleFromProperties = !sidecar.title && outline.titleLines.length === 0 && propertiesTitle ? propertiesTitle : null;
  const { metadata, warnings: metadataWarnings } = readMetadata(
    {
      titleLines: outline.titleLines.map((line) => line.text),
      planId: id,
      notice: outline.front.notice,
      approval: outline.front.approval?.text ?? null,
    },
    titleFromProperties ? { ...sidecar, title: titleFromProperties } : sidecar,
    outline.titleLines[0]?.line ?? 1,
  );
  const warnings: IngestWarning[] = [...segmentWarnings, ...outline.warnings, ...metadataWarnings];
  if (titleFromProperties)
    warnings.push({
      line: 1,
      code: 'title-from-properties',
      message: `the document prints no title; "${titleFromProperties}" is taken from its properties (docProps/core.xml): confirm it or set "title" in the sidecar`,
    });
  const plan: Plan = {
    schemaVersion: 2,
    id,
    ...metadata,
    source: {
      file: source.file,
      sha256: createHash('sha256').update(source.bytes).digest('hex'),
      encoding,
      ...(format === 'text' ? {} : { format }),
    },
    printedContents: outline.front.contents.map((line) => line.text),
    preamble: [...outline.preamble],
    levels: [...outline.levels],
    groups: [...outline.groups],
    chapters: [...outline.chapters],
    tables: [...outline.tables],
    columns: [...outline.columns],
    warnings: [],
  };
  const accounted = new Set(warnings.filter((warning) => ACCOUNTED_OMISSION_CODES.has(warning.code)).map((warning) => warning.line));
  for (const lost of findLostLines(lines, plan, accounted)) {
    warnings.push({
      line: lost.line,
      code: 'text-not-placed',
      message: `this line is missing from the output: "${lost.text.slice(0, 40)}"`,
    });
  }
  plan.warnings = sortWarnings(warnings);
  // A published link keeps its passage: the new edition takes the keys the record gives it.
  const reconciled = source.published ? reconcileEditions(source.published.units, planUnits(plan)) : null;
  const published = planSchema.parse(reconciled ? applyEditionKeys(plan, reconciled.keys) : plan);
  const edition = reconciled ? { changed: reconciled.changed, retired: reconciled.retired, counts: reconciled.counts } : null;
  return { plan: published, chapters: published.chapters.map((chapter) => ({ n: chapter.n, mdx: emitChapterMdx(id, chapter) })), edition };
}

/**
 * The dispatch point: a text export is decoded, cleaned and segmented; a Word document is read by
 * `docx/` into the same segments. `lines` is every printed line, for the lossless check.
 */
function readSegments(source: PlanSource): {
  segments: Segment[];
  lines: SourceLine[];
  warnings: IngestWarning[];
  encoding: string;
  format: SourceFormat;
  propertiesTitle: string | null;
} {
  const format = sourceFormat(source.file) ?? 'text';
  if (format !== 'text') return { ...readWordSource(source.bytes, format), encoding: 'ooxml', format };
  const { text, encoding } = decodeSource(source.bytes);
  const lines = cleanLines(text);
  checkPlanText(lines);
  return { ...segmentBlocks(lines), lines, encoding, format, propertiesTitle: null };
}

/** `content/sources/Zhangye 2026_2030.txt` → `zhangye-2026-2030`. */
export function planIdFromFileName(file: string): string {
  const base = file
    .split('/')
    .pop()!
    .replace(/\.[^.]*$/u, '');
  const id = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (!id) throw new Error(`${file}: cannot derive an ASCII plan id from the file name; set "id" in the sidecar`);
  return id;
}

function sortWarnings(warnings: readonly IngestWarning[]): IngestWarning[] {
  return [...warnings].sort((a, b) => a.line - b.line || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}
