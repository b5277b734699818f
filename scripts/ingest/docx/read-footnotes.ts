/**
 * footnotes.xml / endnotes.xml as data: each note's paragraphs by id. Separator notes (the rule
 * Word draws above the notes) carry no text and are left out.
 */
import { wAttr, wChildren, type Document, type Element } from './ooxml.ts';

/** Note id → its `w:p` and `w:tbl` elements. */
export type Notes = ReadonlyMap<string, readonly Element[]>;

export function readNotes(document: Document | undefined, kind: 'footnote' | 'endnote'): Notes {
  const notes = new Map<string, Element[]>();
  for (const note of document ? wChildren(document.documentElement!, kind) : []) {
    const id = wAttr(note, 'id');
    const type = wAttr(note, 'type');
    if (id === undefined || (type !== undefined && type !== 'normal')) continue;
    notes.set(id, [...wChildren(note, 'p'), ...wChildren(note, 'tbl')]);
  }
  return notes;
}
