/**
 * The dispatch point's Word side: a .docx read directly, a .doc converted by LibreOffice first.
 */
import { convertDocToDocx } from './convert-doc.ts';
import { readDocx, type DocxReading } from './read-docx.ts';

export function readWordSource(bytes: Uint8Array, format: 'docx' | 'doc'): DocxReading {
  return readDocx(format === 'doc' ? convertDocToDocx(bytes) : bytes);
}
