/**
 * Writes a synthetic corpus to a folder outside content/ (never into content/sources/).
 *
 *   node scripts/bench/corpus/write-corpus.ts --plans 100 [--seed 1] --out DIR
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFiles, type RealPlan } from './generate-corpus.ts';

export interface WrittenCorpus {
  readonly dir: string;
  readonly plans: number;
  /** Bytes of the plans' sources (`*.txt`), sidecars left out. */
  readonly sourceBytes: number;
}

/** The real plans: every `<id>.txt` of the folder and its optional `<id>.yml`. */
export function readRealPlans(sourcesDir = 'content/sources'): RealPlan[] {
  return readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.txt'.length);
      const sidecar = join(sourcesDir, `${id}.yml`);
      return { id, txt: readFileSync(join(sourcesDir, name)), yml: existsSync(sidecar) ? readFileSync(sidecar, 'utf8') : undefined };
    });
}

/** Generates `plans` plans from content/sources/ and writes them into `dir`, emptied first, as they are made. */
export function writeCorpus(dir: string, plans: number, seed: number, root = process.cwd()): WrittenCorpus {
  const out = resolve(root, dir);
  const content = resolve(root, 'content');
  if (out === content || out.startsWith(content + sep) || content.startsWith(out + sep)) {
    throw new Error(
      `write-corpus: ${relative(root, out) || out} is or holds the project's content/; write generated plans to a temporary folder`,
    );
  }
  const files = corpusFiles(readRealPlans(join(root, 'content/sources')), { plans, seed });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let sourceBytes = 0;
  // One plan in memory at a time: 10,000 plans are about 570 MB of sources.
  for (const file of files) {
    writeFileSync(join(out, file.name), file.bytes);
    if (file.name.endsWith('.txt')) sourceBytes += file.bytes.length;
  }
  return { dir: out, plans, sourceBytes };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { plans: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  if (!values.plans || !values.out) throw new Error('usage: node scripts/bench/corpus/write-corpus.ts --plans N [--seed S] --out DIR');
  const corpus = writeCorpus(values.out, Number(values.plans), Number(values.seed));
  console.log(`wrote ${corpus.plans} plans (${(corpus.sourceBytes / 2 ** 20).toFixed(1)} MB of sources) into ${corpus.dir}`);
}
