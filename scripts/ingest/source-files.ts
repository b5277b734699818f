/**
 * Which files of the sources folder are plans: a text export (`.txt`) or a Word document (`.docx`,
 * `.doc`), each with its optional `<name>.yml` sidecar. Any other file is reported with what to
 * do, never silently skipped.
 */
import { sourceExtension, sourceFormat, unreadableSourceMessage } from './docx/source-format.ts';

export interface SourceFile {
  /** The source's file name (`zhangye-2026-2030.txt`, `dongli-2021-2025.docx`). */
  readonly source: string;
  /** Its sidecar's file name, when there is one. */
  readonly sidecar?: string;
}

export interface SourceListing {
  readonly plans: SourceFile[];
  /** A file name and why it is not read, for the editor. */
  readonly problems: { readonly file: string; readonly message: string }[];
}

export function listSourceFiles(names: readonly string[]): SourceListing {
  const plans: SourceFile[] = [];
  const problems: { file: string; message: string }[] = [];
  const present = new Set(names);
  const stemOf = (name: string) => name.slice(0, name.length - sourceExtension(name).length);
  const sources = new Set(names.filter((name) => sourceFormat(name) !== null).map(stemOf));
  for (const name of [...names].sort()) {
    if (name.startsWith('.') || /^readme(\.|$)/iu.test(name)) continue;
    const extension = sourceExtension(name);
    const printed = name.slice(name.length - extension.length);
    const stem = stemOf(name);
    // `.TXT` and `.Docx` name the same file differently on different systems: the editor renames it.
    if (sourceFormat(name) !== null && printed !== extension) {
      problems.push({ file: name, message: `the extension "${printed}" is not read; rename the file to "${stem}${extension}"` });
    } else if (sourceFormat(name) !== null) {
      plans.push(present.has(`${stem}.yml`) ? { source: name, sidecar: `${stem}.yml` } : { source: name });
    } else if (extension === '.yml') {
      if (!sources.has(stem))
        problems.push({ file: name, message: `a sidecar without its source "${stem}.txt" (or .docx); it is not read` });
    } else if (extension === '.yaml') {
      problems.push({ file: name, message: 'a sidecar must be named `.yml`; it is not read' });
    } else {
      problems.push({
        file: name,
        message: `${unreadableSourceMessage(name) ?? 'not a plan source (.txt, .docx, .doc) or sidecar (.yml)'}; it is not read`,
      });
    }
  }
  return { plans, problems };
}
