/**
 * The steps of `npm run build` as package.json says at the time of the run, so that the bench
 * measures whatever the build is (ingest, Astro, the search index, and what comes next) without
 * knowing it: `a && b && npm run c` → `a`, `b` and the steps of `c`; and what a step reports of its own parts.
 */

export interface BuildStep {
  /** The shell command, as written in package.json. */
  readonly command: string;
  /** A short name for tables: the script or binary it runs (`scripts/ingest.ts`, `astro build`). */
  readonly label: string;
}

type Scripts = Readonly<Record<string, string | undefined>>;

export function buildSteps(scripts: Scripts, name = 'build', seen: ReadonlySet<string> = new Set()): BuildStep[] {
  const script = scripts[name];
  if (script === undefined) throw new Error(`package.json has no "${name}" script`);
  if (seen.has(name)) throw new Error(`package.json script "${name}" runs itself`);
  return script
    .split('&&')
    .map((command) => command.trim())
    .filter((command) => command !== '')
    .flatMap((command) => {
      const nested = /^npm run ([\w:.-]+)$/u.exec(command);
      return nested ? buildSteps(scripts, nested[1]!, new Set([...seen, name])) : [{ command, label: stepLabel(command) }];
    });
}

/** `ASTRO_TELEMETRY_DISABLED=1 astro build` → `astro build`; `node scripts/ingest.ts --strict` → `scripts/ingest.ts`. */
export function stepLabel(command: string): string {
  const words = command.split(/\s+/u).filter((word) => !/^[A-Z_][A-Z0-9_]*=/u.test(word));
  if (words[0] === 'node' && words[1]) return words[1];
  return words.slice(0, 2).join(' ');
}

/** A part of a step, as the build reports it: `{ "steps": [{ "name", "ms", "reused" }] }` in the file named by PLANPRESS_BUILD_REPORT. */
export interface ReportedPart {
  readonly name: string;
  readonly ms: number;
  readonly reused: boolean;
}

/** The parts a build report lists; throws, naming the file, when it is not that shape. */
export function parseBuildReport(text: string, file: string): ReportedPart[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`, { cause: error });
  }
  const steps = (json as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) throw new Error(`${file}: no "steps" list`);
  return steps.map((step: unknown, i) => {
    const { name, ms, reused } = (step ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof ms !== 'number' || !Number.isFinite(ms) || typeof reused !== 'boolean')
      throw new Error(`${file}: steps[${i}] is not { name: string, ms: number, reused: boolean }`);
    return { name, ms, reused };
  });
}
