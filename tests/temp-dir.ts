/**
 * Temporary folders for a test file, removed when its tests are done, together with the
 * `<folder>.warnings.txt` the ingest writes beside an output folder: a test run leaves nothing in
 * the system's temporary folder. Importing this module registers the removal for the file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.warnings.txt`, { force: true });
  }
});

/** A new empty folder under the system's temporary folder, named `<prefix>XXXXXX`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
