/**
 * Step 2b, refuse what is not a plan: a file that decodes but holds no text once Word's bookmarks
 * and spacing are gone, or no Chinese at all, is the wrong file, not a plan to publish.
 */
import { SourceError } from './decode-source.ts';
import type { SourceLine } from './source-line.ts';

const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff]/u;

export function checkPlanText(lines: readonly SourceLine[]): void {
  const visible = lines.filter((line) => line.text.trim() !== '');
  if (visible.length === 0) {
    throw new SourceError(
      `the file holds no text once Word's bookmarks and spacing are removed (${lines.length} lines of markers or spaces)`,
    );
  }
  if (!visible.some((line) => IDEOGRAPH.test(line.text))) {
    const first = visible[0]!;
    throw new SourceError(
      `the file has no Chinese text (line ${first.line}: ${JSON.stringify(first.text.trim().slice(0, 40))}); is it the plan's export?`,
    );
  }
}
