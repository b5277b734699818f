import { describe, expect, it } from 'vitest';
import { checkMutant } from '../../scripts/fuzz/check-mutant.ts';
import { mutate, OPERATOR_NAMES } from '../../scripts/fuzz/mutate.ts';
import { ingestPlan, type IngestedPlan, type PlanSource } from '../../scripts/ingest/ingest-plan.ts';
import { seedSource } from '../ingest/run-ingest.ts';

const seed = seedSource('zhangye-2026-2030');
const { file, sidecar } = seed;
const text = new TextDecoder().decode(seed.bytes);
const source: PlanSource = { file, bytes: new TextEncoder().encode(text), sidecar };

describe('mutate', () => {
  it('gives the same mutant for the same seed, so a finding replays', () => {
    expect(mutate(text, 42)).toEqual(mutate(text, 42));
    expect(mutate(text, 42).text).not.toBe(mutate(text, 43).text);
  });

  it('uses every operator over a few hundred seeds', () => {
    const used = new Set(Array.from({ length: 300 }, (_, seed) => mutate(text, seed).operators).flat());
    expect([...used].sort()).toEqual([...OPERATOR_NAMES].sort());
  });
});

describe('checkMutant', () => {
  it('publishes the seed itself', () => {
    expect(checkMutant(source)).toEqual({ kind: 'published', warnings: 2 });
  });

  it('calls an error the ingest throws on purpose a refusal, and a TypeError a crash', () => {
    expect(checkMutant({ ...source, bytes: new Uint8Array() }).kind).toBe('refused');
    const broken = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'text')");
    };
    expect(checkMutant(source, broken)).toEqual({
      kind: 'crash',
      message: "TypeError: Cannot read properties of undefined (reading 'text')",
    });
  });

  it('finds a paragraph dropped without a warning', () => {
    const dropping = (input: PlanSource): IngestedPlan => {
      const result = structuredClone(ingestPlan(input));
      result.plan.chapters[1]!.sections[0]!.blocks.splice(0, 1);
      return result;
    };
    expect(checkMutant(source, dropping)).toMatchObject({
      kind: 'unreported-loss',
      message: expect.stringMatching(/^line 77 "坚持以习近平新时代中国特色社会主义思想为指导/u),
    });
  });

  it('finds two runs that differ', () => {
    let run = 0;
    const drifting = (input: PlanSource): IngestedPlan => {
      const result = structuredClone(ingestPlan(input));
      result.plan.title += String(run++);
      return result;
    };
    expect(checkMutant(source, drifting).kind).toBe('nondeterministic');
  });
});
