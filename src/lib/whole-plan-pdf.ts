/**
 * Whether this build prints each plan's whole-plan page to PDF: only where Debian's Chromium is
 * present (scripts/whole-plan-pdf.ts, the build's last step). The cover links the PDF only then,
 * so a build without Chromium has no broken link; the step says it skipped.
 */
import { existsSync } from 'node:fs';

export const PDF_CHROMIUM = '/usr/bin/chromium';

export function pdfAvailable(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return !env.PLANPRESS_NO_PDF && existsSync(PDF_CHROMIUM);
}
