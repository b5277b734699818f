/**
 * One fuzz case: a mutated export through the whole ingest, twice, and what became of it. A
 * refusal with a reason is a good outcome; a crash, an unreported loss or two different outputs
 * are findings. (Hangs are caught by the harness's timeout, outside this function.)
 */
import { cleanLines } from '../ingest/clean-lines.ts';
import { normaliseNewlines, SourceError } from '../ingest/decode-source.ts';
import { ingestPlan, type IngestedPlan, type PlanSource } from '../ingest/ingest-plan.ts';
import { refusePublication } from '../ingest/publication-gate.ts';
import { ACCOUNTED_OMISSION_CODES } from '../ingest/source-line.ts';

export type Outcome =
  | { readonly kind: 'published'; readonly warnings: number }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'crash'; readonly message: string }
  | { readonly kind: 'unreported-loss'; readonly message: string }
  | { readonly kind: 'nondeterministic'; readonly message: string };

export function checkMutant(source: PlanSource, ingest: (source: PlanSource) => IngestedPlan = ingestPlan): Outcome {
  let first: IngestedPlan;
  try {
    first = ingest(source);
  } catch (error) {
    return isRefusal(error) ? { kind: 'refused', message: (error as Error).message } : { kind: 'crash', message: describe(error) };
  }
  let second: IngestedPlan;
  try {
    second = ingest(source);
  } catch (error) {
    return { kind: 'nondeterministic', message: `the second run threw: ${describe(error)}` };
  }
  if (JSON.stringify(first) !== JSON.stringify(second))
    return { kind: 'nondeterministic', message: 'two runs gave different plans or MDX' };
  const lost = unreportedLines(source, first);
  if (lost.length > 0)
    return {
      kind: 'unreported-loss',
      message: `line ${lost[0]!.line} ${JSON.stringify(lost[0]!.text.slice(0, 40))} is in no output text and no warning names it (${lost.length} lines)`,
    };
  const refusal = refusePublication(first.plan, source.file, false);
  return refusal ? { kind: 'refused', message: refusal } : { kind: 'published', warnings: first.plan.warnings.length };
}

/** A refusal is an error the ingest throws on purpose, with a reason: not a TypeError, RangeError or schema failure. */
function isRefusal(error: unknown): boolean {
  return error instanceof SourceError || (error instanceof Error && error.constructor === Error);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error);
}

/**
 * Source lines found nowhere in the plan's text fields and not named by a warning: an independent
 * check of the ingest's own lossless check, by substring rather than by order.
 */
function unreportedLines(source: PlanSource, result: IngestedPlan): { line: number; text: string }[] {
  const { plan } = result;
  const reported = new Set(
    plan.warnings
      .filter((warning) => warning.code === 'text-not-placed' || ACCOUNTED_OMISSION_CODES.has(warning.code))
      .map((warning) => warning.line),
  );
  const output = strings({ ...plan, warnings: [], source: null })
    .join('')
    .replace(/\s+/gu, '');
  const text = new TextDecoder(plan.source.encoding.replace('-bom', '')).decode(source.bytes);
  return cleanLines(normaliseNewlines(text))
    .map((line) => ({ line: line.line, text: line.text.replace(/\s+/gu, '') }))
    .filter((line) => line.text !== '' && !/^[(（)）]$/u.test(line.text) && !reported.has(line.line) && !output.includes(line.text));
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  // A label joined to its title or text, as printed (`1.` + `以党的政治建设…`).
  if (value !== null && typeof value === 'object') {
    const { number, label, title, text, ...rest } = value as Record<string, unknown>;
    const head = [label ?? number, title ?? text].filter((part) => typeof part === 'string').join('');
    return [head, ...Object.values(rest).flatMap(strings)];
  }
  return [];
}
