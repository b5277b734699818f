/**
 * The .docx path's entry: a Word document's bytes → the segments the rest of the ingest reads,
 * every printed line (for the lossless check), warnings, and the title its properties give.
 */
import type { Segment } from '../segment-blocks.ts';
import type { IngestWarning, SourceLine } from '../source-line.ts';
import { docxSegments } from './docx-segments.ts';
import { wChild } from './ooxml.ts';
import { readDocument } from './read-document.ts';
import { readNotes } from './read-footnotes.ts';
import { readNumbering } from './read-numbering.ts';
import { readStyles } from './read-styles.ts';
import { unzipDocx } from './unzip-docx.ts';
import { WordNumbering } from './word-numbering.ts';

export interface DocxReading {
  readonly segments: Segment[];
  /** Every line the document prints (paragraphs, cells, boxes, notes), in reading order; `line` is the paragraph's position. */
  readonly lines: SourceLine[];
  readonly warnings: IngestWarning[];
  /** `dc:title` of docProps/core.xml, when set. */
  readonly propertiesTitle: string | null;
}

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

export function readDocx(bytes: Uint8Array): DocxReading {
  const parts = unzipDocx(bytes);
  const styles = readStyles(parts.styles);
  const body = wChild(parts.document.documentElement!, 'body');
  if (!body) throw new Error('word/document.xml has no w:body: the document has no text');
  const { blocks, warnings } = readDocument(body, {
    styles,
    numbering: new WordNumbering(readNumbering(parts.numbering), styles),
    footnotes: readNotes(parts.footnotes, 'footnote'),
    endnotes: readNotes(parts.endnotes, 'endnote'),
  });
  const segmented = docxSegments(blocks);
  const title = parts.core?.getElementsByTagNameNS(DUBLIN_CORE, 'title').item(0)?.textContent?.trim();
  return {
    segments: segmented.segments,
    lines: segmented.lines,
    warnings: [...warnings, ...segmented.warnings],
    propertiesTitle: title || null,
  };
}
