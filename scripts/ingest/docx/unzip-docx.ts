/**
 * A .docx is a zip of XML parts: take out the parts the reader needs (document, styles,
 * numbering, notes, core properties) and refuse, with a reason, what is not a Word document.
 */
import { strFromU8, unzipSync } from 'fflate';
import { parseXml, type Document } from './ooxml.ts';

export interface DocxParts {
  readonly document: Document;
  readonly styles: Document | undefined;
  readonly numbering: Document | undefined;
  readonly footnotes: Document | undefined;
  readonly endnotes: Document | undefined;
  readonly core: Document | undefined;
}

const PARTS = {
  document: 'word/document.xml',
  styles: 'word/styles.xml',
  numbering: 'word/numbering.xml',
  footnotes: 'word/footnotes.xml',
  endnotes: 'word/endnotes.xml',
  core: 'docProps/core.xml',
} as const;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export function unzipDocx(bytes: Uint8Array): DocxParts {
  if (startsWith(bytes, OLE_MAGIC))
    throw new Error('the file is an old binary Word document (.doc), not a .docx: name it .doc to have it converted, or save it as .docx');
  if (!startsWith(bytes, ZIP_MAGIC))
    throw new Error('the file is not a .docx (a .docx is a zip archive); save the document from Word as .docx');
  const wanted = new Set<string>(Object.values(PARTS));
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  } catch (error) {
    throw new Error(`the .docx archive cannot be opened: ${(error as Error).message}`, { cause: error });
  }
  const read = (part: string): Document | undefined => (files[part] ? parseXml(xmlText(files[part]), part) : undefined);
  const document = read(PARTS.document);
  if (!document) throw new Error(`the archive has no ${PARTS.document}: it is not a Word document`);
  return {
    document,
    styles: read(PARTS.styles),
    numbering: read(PARTS.numbering),
    footnotes: read(PARTS.footnotes),
    endnotes: read(PARTS.endnotes),
    core: read(PARTS.core),
  };
}

/** XML parts are UTF-8, or UTF-16 with a byte-order mark. */
function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return strFromU8(bytes).replace(/^\uFEFF/u, '');
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}
