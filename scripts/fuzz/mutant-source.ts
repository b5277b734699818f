/** A mutant as the ingest receives it: bytes in one of the encodings Word writes, and the plan's sidecar. */
import type { PlanSource } from '../ingest/ingest-plan.ts';
import { mutate, random } from './mutate.ts';

/** A real plan to mutate: its export's text and its sidecar. */
export interface Seed {
  readonly file: string;
  readonly text: string;
  readonly sidecar?: { readonly file: string; readonly text: string };
}

export function mutantSource(seed: Seed, mutantSeed: number): { source: PlanSource; operators: string[] } {
  const mutant = mutate(seed.text, mutantSeed);
  const encoding = Math.floor(random(mutantSeed ^ 0x5bd1e995)() * 3);
  return {
    source: { file: seed.file, bytes: encode(mutant.text, encoding), sidecar: seed.sidecar },
    operators: [...mutant.operators, ['utf-8', 'utf-8 with BOM', 'utf-16le with BOM'][encoding]!],
  };
}

function encode(text: string, encoding: number): Uint8Array {
  if (encoding === 0) return new TextEncoder().encode(text);
  if (encoding === 1) return new TextEncoder().encode(`\ufeff${text}`);
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2] = unit & 0xff;
    bytes[3 + i * 2] = unit >> 8;
  }
  return bytes;
}
