/**
 * Which files of the sources folder are plans: `<name>.txt` with its optional `<name>.yml`. A
 * document in a format the ingest cannot read yet is reported, never silently skipped.
 */

export interface SourceFile {
  /** The export's file name (`zhangye-2026-2030.txt`). */
  readonly text: string;
  /** Its sidecar's file name, when there is one. */
  readonly sidecar?: string;
}

export interface SourceListing {
  readonly plans: SourceFile[];
  /** A file name and why it is not read, for the editor. */
  readonly problems: { readonly file: string; readonly message: string }[];
}

/** What the ingest does with each kind of file, by its extension (lower case). */
const READERS: Readonly<Record<string, 'text' | 'sidecar' | string>> = {
  txt: 'text',
  yml: 'sidecar',
  docx: 'a Word document: save it from Word as 纯文本 (.txt, UTF-8) and add that instead',
  doc: 'a Word 97–2003 document: save it from Word as 纯文本 (.txt, UTF-8) and add that instead',
  wps: 'a WPS document: save it as 纯文本 (.txt, UTF-8) and add that instead',
  odt: 'an OpenDocument text: save it as plain text (.txt, UTF-8) and add that instead',
  pdf: 'a PDF: the ingest reads the Word document’s text export (.txt); export the original document as text',
  rtf: 'an RTF document: save it as 纯文本 (.txt, UTF-8) and add that instead',
  yaml: 'a sidecar must be named `.yml`',
};

export function listSourceFiles(names: readonly string[]): SourceListing {
  const plans: SourceFile[] = [];
  const problems: { file: string; message: string }[] = [];
  const present = new Set(names);
  for (const name of [...names].sort()) {
    if (name.startsWith('.') || /^readme(\.|$)/iu.test(name)) continue;
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 ? name.slice(dot + 1) : '';
    const reader = READERS[extension.toLowerCase()];
    const stem = name.slice(0, dot);
    if (reader === 'text' && extension === 'txt') {
      plans.push(present.has(`${stem}.yml`) ? { text: name, sidecar: `${stem}.yml` } : { text: name });
    } else if (reader === 'text') {
      problems.push({ file: name, message: `the extension ".${extension}" is not read; rename the file to "${stem}.txt"` });
    } else if (reader === 'sidecar') {
      if (!present.has(`${stem}.txt`)) problems.push({ file: name, message: `a sidecar without its export "${stem}.txt"; it is not read` });
    } else if (reader !== undefined) {
      problems.push({ file: name, message: `${reader}; it is not read` });
    } else {
      problems.push({ file: name, message: `not a plan export (.txt) or sidecar (.yml); it is not read` });
    }
  }
  return { plans, problems };
}
