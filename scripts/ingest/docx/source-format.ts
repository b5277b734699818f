/**
 * Which reader a source file goes to, by its extension: a text export (.txt), a Word document
 * (.docx, or .doc converted first), or a format the ingest does not read, with what to export instead.
 */

export type SourceFormat = 'text' | 'docx' | 'doc';

const READABLE: Readonly<Record<string, SourceFormat>> = { '.txt': 'text', '.docx': 'docx', '.doc': 'doc' };

/** Formats an editor may drop in by mistake, and what to give the ingest instead. */
const EXPORT_INSTEAD: Readonly<Record<string, string>> = {
  '.odt': 'an OpenDocument text: open it in LibreOffice or WPS and save it as Word (.docx)',
  '.wps': 'a WPS Writer document: in WPS, save it as Word (.docx) (文件 → 另存为 → Word 文件)',
  '.pdf':
    "a PDF keeps no document structure (headings, numbering, tables): take the plan's Word original (.docx or .doc), or export its text as .txt",
  '.rtf': 'a rich-text file: open it in Word or LibreOffice and save it as Word (.docx)',
};

export function sourceExtension(file: string): string {
  return /\.[^./\\]+$/u.exec(file)?.[0].toLowerCase() ?? '';
}

/** The reader for `file`, or null when its extension is not a source at all (a sidecar, a README). */
export function sourceFormat(file: string): SourceFormat | null {
  return READABLE[sourceExtension(file)] ?? null;
}

/** For a document format the ingest does not read: what to export instead (the caller names the file); else null. */
export function unreadableSourceMessage(file: string): string | null {
  const advice = EXPORT_INSTEAD[sourceExtension(file)];
  return advice ? `the ingest does not read ${sourceExtension(file)} files: this is ${advice}` : null;
}
