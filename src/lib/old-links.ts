/**
 * Notes for the links of earlier editions (the ingest's `<plan-id>/old-links.json`): on the page an
 * old link points to, each passage that moved or is gone keeps its old anchor on a note, and each
 * passage reworded in place is listed, so no shared link silently shows something else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './build-env.ts';
import { numberedTitle } from './labels.ts';
import { anchorPath, chapterPath } from './paths.ts';
import type { Plan } from './plan-schema.ts';

type Kind = 'chapter' | 'section' | 'paragraph' | 'table' | 'column';

/** As the ingest writes it: keys are `<chapter>` or `<chapter>#<anchor>`. */
export interface OldLinks {
  readonly changed: readonly { kind: Kind; key: string; excerpt: string }[];
  readonly retired: readonly { kind: Kind; key: string; excerpt: string; to: string | null }[];
}

export interface OldLinkNote {
  /** The old anchor the note stands at, or null for a passage reworded at its own anchor. */
  readonly id: string | null;
  readonly text: string;
  /** Where the passage stands now, and the chapter it stands in. */
  readonly href: string | null;
  readonly where: string | null;
}

const KIND_LABEL: Readonly<Record<Kind, string>> = { chapter: '本章', section: '本节', paragraph: '本段', table: '本表', column: '本专栏' };

/** The plan's old links, or none when no edition of it has been corrected since publishing. */
export function readOldLinks(planId: string, dir: string = contentDir()): OldLinks {
  const path = join(dir, planId, 'old-links.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as OldLinks) : { changed: [], retired: [] };
}

/** The notes chapter page `chapter` carries, in the order of the record. */
export function oldLinkNotes(plan: Pick<Plan, 'id' | 'chapters'>, chapter: number, links: OldLinks): OldLinkNote[] {
  const planId = plan.id;
  const onPage = (key: string) => key.split('#')[0] === String(chapter) && key.includes('#');
  const anchor = (key: string) => key.split('#')[1]!;
  const pageOf = (key: string) => Number(key.split('#')[0]);
  const href = (key: string) => (key.includes('#') ? anchorPath(planId, pageOf(key), anchor(key)) : chapterPath(planId, pageOf(key)));
  const where = (key: string) => {
    const target = plan.chapters.find((candidate) => candidate.n === pageOf(key));
    return target ? numberedTitle(target.number, target.title) : null;
  };
  return [
    ...links.retired
      .filter((link) => onPage(link.key))
      .map((link) => ({
        id: anchor(link.key),
        text:
          link.to === null
            ? `此处原有${KIND_LABEL[link.kind].slice(1)}“${link.excerpt}”，修订版已删去。`
            : `此处原有${KIND_LABEL[link.kind].slice(1)}“${link.excerpt}”，修订版移至：`,
        href: link.to === null ? null : href(link.to),
        where: link.to === null ? null : where(link.to),
      })),
    ...links.changed
      .filter((link) => onPage(link.key))
      .map((link) => ({
        id: null,
        text: `${KIND_LABEL[link.kind]}（原为“${link.excerpt}”）在修订版中有改动：`,
        href: href(link.key),
        where: '见此',
      })),
  ];
}
