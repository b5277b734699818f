/** A plan's source export as served beside its cover: the text as the ingest read it, in UTF-8. */
import { existsSync, readFileSync } from 'node:fs';
import { decodeSource } from '../../scripts/ingest/decode-source.ts';

/**
 * The export at `file` (relative to the project root), decoded as the ingest decodes it, with a
 * byte-order mark so that a browser or editor opening the file reads it as UTF-8 whatever the host
 * says. The bytes `source.sha256` names may be in another encoding; the text is the same.
 */
export function readSourceText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`The plan's source ${file} (source.file in plan.json) cannot be read to publish its text: ${(error as Error).message}`);
  }
  return `\uFEFF${decodeSource(bytes).text}`;
}

/** Whether a text export is at hand to publish: a site built from plan.json alone, or from a Word document, has none to link. */
export function hasSourceText(file: string): boolean {
  // A Word document's text is its plan.json and pages; only a text export is published as it came.
  return /\.txt$/iu.test(file) && existsSync(file);
}
