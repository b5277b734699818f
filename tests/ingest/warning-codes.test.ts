/** The warning codes: one typed list, each used by the ingest and explained in docs/ingest.md with an example. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { WARNING_CODES } from '../../scripts/ingest/warning-codes.ts';
import { projectRoot } from './run-ingest.ts';

const docs = readFileSync(join(projectRoot, 'docs/ingest.md'), 'utf8');
const documented = new Map(
  [...docs.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \| (.+) \|$/gmu)].map(([, code, meaning, example]) => [code!, { meaning, example }]),
);
const ingestDir = join(projectRoot, 'scripts/ingest');
const ingestCode = readdirSync(ingestDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('warning-codes.ts'))
  .map((file) => readFileSync(join(ingestDir, file), 'utf8'))
  .join('\n');

it('explains every code in docs/ingest.md with an example, and no code the ingest does not have', () => {
  for (const code of WARNING_CODES) {
    expect(documented.get(code)?.example, code).toMatch(/`.+`/u);
  }
  expect([...documented.keys()].sort()).toEqual([...WARNING_CODES].sort());
});

it('lists only codes the ingest gives', () => {
  for (const code of WARNING_CODES) expect(ingestCode, code).toContain(`'${code}'`);
});
