/**
 * An old binary Word document (.doc) becomes a .docx through LibreOffice headless, the one
 * converter that keeps its numbering, merged cells, text boxes and notes. Not pure: it writes the
 * bytes to a temporary folder and runs `soffice`; the result depends only on the bytes and the
 * LibreOffice version.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CONVERSION_TIMEOUT_MS = 180_000;

/** The `soffice` to run: PLANPRESS_SOFFICE, else the first on PATH; null when LibreOffice is not installed. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.PLANPRESS_SOFFICE) return existsSync(env.PLANPRESS_SOFFICE) ? env.PLANPRESS_SOFFICE : null;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of ['soffice', 'libreoffice']) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** The .docx LibreOffice makes of a .doc; errors say what to do, the caller names the file. */
export function convertDocToDocx(bytes: Uint8Array, soffice = findSoffice()): Uint8Array {
  if (!soffice) {
    throw new Error(
      `a .doc (Word 97–2003) document is read through LibreOffice, which is not installed: install it (Debian: apt-get install libreoffice-writer-nogui) or save the document as .docx in Word`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'planpress-doc-'));
  try {
    const input = join(dir, 'source.doc');
    writeFileSync(input, bytes);
    // A profile of its own, so that a LibreOffice already running (or another conversion) does not swallow this one.
    const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`;
    const run = spawnSync(
      soffice,
      [profile, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, input],
      { encoding: 'utf8', timeout: CONVERSION_TIMEOUT_MS },
    );
    const output = join(dir, 'source.docx');
    if (run.error || !existsSync(output)) {
      const reason = run.error?.message ?? (run.stderr || run.stdout || `exit status ${run.status}`).trim();
      throw new Error(`LibreOffice could not convert the .doc to .docx (${reason}); save it as .docx in Word`);
    }
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
