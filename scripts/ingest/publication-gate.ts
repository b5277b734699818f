/**
 * Whether an ingested plan may be published: not when text of its source is missing from the
 * output, unless the editor says so explicitly. A plan with no chapter is published as its cover
 * (its text, tables and columns there), with an `outline-flat` or `objects-before-body` warning.
 */
import type { Plan } from '../../src/lib/plan-schema.ts';

/** How an editor publishes a plan despite text the lossless check could not find in the output. */
export const ALLOW_LOST_TEXT = 'set `publishWithLostText: true` in its sidecar or run the ingest with --publish-with-lost-text';

/** Why the plan is refused, naming the lines; null when it may be published. */
export function refusePublication(plan: Plan, file: string, allowLostText: boolean): string | null {
  const lost = plan.warnings.filter((warning) => warning.code === 'text-not-placed');
  if (lost.length > 0 && !allowLostText) {
    const lines = lost.map((warning) => `${file}:${warning.line}`);
    const shown = lines.length > 8 ? [...lines.slice(0, 8), `… ${lines.length - 8} more`] : lines;
    return `${lost.length} source line${lost.length === 1 ? ' is' : 's are'} missing from the output (${shown.join(', ')}); the plan is not published. Fix the export, or to publish it as it is, ${ALLOW_LOST_TEXT}`;
  }
  return null;
}
