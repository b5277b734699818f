/** A plan's source export as served beside its cover: the text in UTF-8, whatever its bytes' encoding. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectDir } from './build-env.ts';
import type { Plan } from './plan-schema.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** The WHATWG name of each encoding the ingest records in `source.encoding`. */
const DECODER_LABELS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
};

/**
 * The export named by `source` (file relative to the project folder, ./build-env.ts), decoded with the encoding the
 * ingest found and recorded, with a byte-order mark so that a browser or editor opening the file
 * reads it as UTF-8 whatever the host says. The bytes `source.sha256` names may be in another encoding; the text is the same.
 */
export function readSourceText(source: Plan['source'], env: Env = process.env): string {
  const label = DECODER_LABELS[source.encoding];
  if (!label)
    throw new Error(
      `The plan's source ${source.file} has encoding "${source.encoding}" in plan.json; expected one of ${Object.keys(DECODER_LABELS).join(', ')}.`,
    );
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(projectDir(env), source.file));
  } catch (error) {
    throw new Error(
      `The plan's source ${source.file} (source.file in plan.json) cannot be read to publish its text: ${(error as Error).message}`,
      { cause: error },
    );
  }
  // The decoder drops a leading byte-order mark; one is added back for every encoding alike.
  return `\uFEFF${new TextDecoder(label, { fatal: true }).decode(bytes)}`;
}

/** Whether a text export is at hand to publish: a site built from plan.json alone, or from a Word document, has none to link. */
export function hasSourceText(file: string, env: Env = process.env): boolean {
  // A Word document's text is its plan.json and pages; only a text export is published as it came.
  return /\.txt$/iu.test(file) && existsSync(resolve(projectDir(env), file));
}
