/**
 * A plan's sidecar, `<plan-id>.yml`: the metadata its text does not give or gives wrong. Every
 * field is optional; what the sidecar leaves out is derived from the text.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PAGE_STYLE_NAMES } from './infer-hierarchy.ts';

export const sidecarSchema = z
  .object({
    /** Plan id, when the file name is not the id wanted in URLs. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens, e.g. zhangye-2026-2030')
      .optional(),
    /** The plan's title, for an export that has no title line or prints it wrong. */
    title: z.string().trim().min(1, 'must not be blank').optional(),
    /** The place the plan is for (`甘肃省张掖市`); null when the source withholds it. */
    region: z.string().min(1).nullable().optional(),
    /** The five-year period (`十四五`), or null when the plan belongs to none. */
    period: z.string().min(1).nullable().optional(),
    /** First and last year the plan covers. */
    years: z
      .tuple([z.number().int().min(1949).max(2100), z.number().int().min(1949).max(2100)])
      .refine(([from, to]) => from <= to, 'the first year must not come after the last, e.g. [2026, 2030]')
      .nullable()
      .optional(),
    /** The body that issued the plan. */
    issuer: z.string().min(1).nullable().optional(),
    /** The level that makes one page each, by its label (`章`, `部分`, `篇`, `一、`, `（一）`), when the inferred one reads badly. */
    pages: z.enum(Object.keys(PAGE_STYLE_NAMES) as [string, ...string[]]).optional(),
    /** Publish the plan although the lossless check found source lines missing from the output. */
    publishWithLostText: z.boolean().optional(),
  })
  .strict();

export type Sidecar = z.infer<typeof sidecarSchema>;

/**
 * A sidecar's bytes as text: UTF-8 (± BOM), or GB18030 as Notepad on Chinese Windows saves it; the
 * error says what was received when it is neither.
 */
export function decodeSidecar(bytes: Uint8Array, file: string): string {
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  throw new Error(`${file}: the sidecar is neither UTF-8 nor GB18030 text; save it as UTF-8`);
}

/** Parse a sidecar's YAML text; the error names the file and what was wrong where. */
export function readSidecar(yamlText: string, file: string): Sidecar {
  let data: unknown;
  try {
    data = parseYaml(yamlText) ?? {};
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const result = sidecarSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${file}${keyLine(yamlText, issue.path[0])}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`,
    );
    throw new Error(problems.join('; '));
  }
  return result.data;
}

/** `:3` for the line that sets a top-level key, so the editor finds it; empty when it is not found. */
function keyLine(yamlText: string, key: PropertyKey | undefined): string {
  if (typeof key !== 'string') return '';
  const index = yamlText.split(/\r?\n/u).findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? '' : `:${index + 1}`;
}
