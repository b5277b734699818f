/**
 * A plan's publish record, `content/published/<plan-id>.json`: what each public link of the
 * published edition showed (chapter URL, section and paragraph anchor, table with its CSV, column),
 * as a digest and a short excerpt. Written only by `npm run publish-record`; read by the ingest to
 * know which source owns the id and where each old link's passage stands in a new edition.
 *
 * `planUnits` is the one place that reads the plan model's shape: the rest works on units.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Block, Plan } from '../../src/lib/plan-schema.ts';

export type UnitKind = 'chapter' | 'section' | 'paragraph' | 'table' | 'column';

/**
 * One linkable passage. `key` is its public address inside the plan: `3` (chapter URL
 * /plans/<id>/3/), `3#s2`, `3#s2-p4`, `3#table-5` (also /tables/5.csv), `3#column-2`.
 */
export interface Unit {
  readonly kind: UnitKind;
  readonly key: string;
  readonly text: string;
}

const publishedUnitSchema = z.object({
  kind: z.enum(['chapter', 'section', 'paragraph', 'table', 'column']),
  key: z.string().regex(/^\d+(?:#[a-z0-9-]+)?$/u),
  /** sha256 of the unit's text, whitespace removed. */
  digest: z.string().regex(/^[0-9a-f]{64}$/u),
  /** The text's first characters, for the note shown where a passage is gone. */
  excerpt: z.string(),
  /** Set once the key no longer shows its passage: where the passage moved to, or null when it is gone. Never reused. */
  retired: z.object({ to: z.string().nullable() }).strict().optional(),
});

export const publishRecordSchema = z
  .object({
    recordVersion: z.literal(1),
    id: z.string(),
    /** The export the plan is published from, as named in the sources folder. */
    source: z.string(),
    units: z.array(publishedUnitSchema),
  })
  .strict();

export type PublishRecord = z.infer<typeof publishRecordSchema>;
export type PublishedUnit = PublishRecord['units'][number];

const EXCERPT_LENGTH = 40;
/** A caption's `表2`, renumbered when a table is inserted before it. */
const TABLE_LABEL = /^表\s*\d+\s*/u;

/**
 * Every linkable passage of the plan, in reading order. Labels (`第二部分`, `三、`, `1.`, `表2`) are left
 * out: an edition that inserts a chapter renumbers the ones after it, which are the same passages.
 */
export function planUnits(plan: Plan): Unit[] {
  const blockUnits = (chapter: number, block: Block): Unit[] => {
    if (block.type === 'paragraph') return [{ kind: 'paragraph', key: `${chapter}#${block.anchor}`, text: block.text }];
    if (block.type === 'table') {
      const table = plan.tables.find((candidate) => candidate.n === block.n)!;
      return [
        {
          kind: 'table',
          key: `${chapter}#${table.anchor}`,
          text: [(table.caption ?? '').replace(TABLE_LABEL, ''), ...[table.header, ...table.rows].map((row) => row.join('\t'))].join('\n'),
        },
      ];
    }
    const column = plan.columns.find((candidate) => candidate.n === block.n)!;
    return [{ kind: 'column', key: `${chapter}#${column.anchor}`, text: [column.title, ...column.items].join('\n') }];
  };
  // A group's heading and opening text stand at the top of its first chapter's page, before the chapter.
  const groupUnits = (chapter: number): Unit[] =>
    plan.groups
      .filter((group) => group.firstChapter === chapter)
      .flatMap((group) => [
        { kind: 'section' as const, key: `${chapter}#${group.anchor}`, text: group.title },
        ...group.blocks.flatMap((block) => blockUnits(chapter, block)),
      ]);
  return plan.chapters.flatMap((chapter) => [
    ...groupUnits(chapter.n),
    { kind: 'chapter' as const, key: String(chapter.n), text: chapter.title },
    ...chapter.blocks.flatMap((block) => blockUnits(chapter.n, block)),
    ...chapter.sections.flatMap((section) => [
      { kind: 'section' as const, key: `${chapter.n}#${section.anchor}`, text: section.title },
      ...section.blocks.flatMap((block) => blockUnits(chapter.n, block)),
    ]),
  ]);
}

export function unitDigest(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/gu, '')).digest('hex');
}

/**
 * The record of a plan as published now: its live units, then every key retired so far, so that
 * no later edition gives an old link to another passage.
 */
export function publishRecordOf(
  id: string,
  source: string,
  units: readonly Unit[],
  retired: readonly { kind: UnitKind; key: string; excerpt: string; to: string | null }[] = [],
): PublishRecord {
  return {
    recordVersion: 1,
    id,
    source,
    units: [
      ...units.map((unit) => ({ kind: unit.kind, key: unit.key, digest: unitDigest(unit.text), excerpt: excerptOf(unit.text) })),
      ...retired.map((unit) => ({
        kind: unit.kind,
        key: unit.key,
        digest: unitDigest(''),
        excerpt: unit.excerpt,
        retired: { to: unit.to },
      })),
    ],
  };
}

export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

/** Parse a record; the error names the file and what was wrong. */
export function readPublishRecord(text: string, file: string): PublishRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = publishRecordSchema.safeParse(data);
  if (!result.success)
    throw new Error(
      `${file}: ${result.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`).join('; ')}`,
    );
  return result.data;
}
