import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_PLANS } from '../../scripts/bench/corpus/base-plans.ts';
import {
  corpusCapacity,
  corpusFiles,
  corpusPlanIds,
  generateCorpus,
  replacePrintedTitle,
  type CorpusFile,
} from '../../scripts/bench/corpus/generate-corpus.ts';
import { PLACES } from '../../scripts/bench/corpus/places.ts';
import { PLAN_KINDS, kindTitle } from '../../scripts/bench/corpus/plan-kinds.ts';
import { shuffleTableRows } from '../../scripts/bench/corpus/reshuffle-plan.ts';
import { seededRandom } from '../../scripts/bench/corpus/seeded-random.ts';
import { readRealPlans, writeCorpus } from '../../scripts/bench/corpus/write-corpus.ts';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import type { Plan } from '../../src/lib/plan-schema.ts';
import { tempDir } from '../temp-dir.ts';

const root = new URL('../../', import.meta.url).pathname;
const reals = readRealPlans(join(root, 'content/sources'));
const decoder = new TextDecoder();

/** Every plan of a corpus through the real ingest, as `npm run ingest` reads it. */
function ingestCorpus(files: readonly CorpusFile[]): Plan[] {
  const byName = new Map(files.map((file) => [file.name, file]));
  return files
    .filter((file) => file.name.endsWith('.txt'))
    .map((file) => {
      const sidecar = byName.get(file.name.replace(/\.txt$/u, '.yml'));
      return ingestPlan({
        file: file.name,
        bytes: file.bytes,
        sidecar: sidecar && { file: sidecar.name, text: decoder.decode(sidecar.bytes) },
      }).plan;
    });
}

describe('the synthetic corpus', () => {
  const corpus = generateCorpus(reals, { plans: 60, seed: 1 });
  const plans = ingestCorpus(corpus);
  const synthetic = plans.filter((plan) => !reals.some((real) => real.id === plan.id));

  it('is the same bytes for the same seed, and other bytes for another', () => {
    const again = generateCorpus(reals, { plans: 60, seed: 1 });
    expect(again.map((file) => file.name)).toEqual(corpus.map((file) => file.name));
    again.forEach((file, i) => expect(Buffer.from(file.bytes).equals(Buffer.from(corpus[i]!.bytes)), file.name).toBe(true));
    const other = generateCorpus(reals, { plans: 60, seed: 2 });
    expect(other.map((file) => file.name)).not.toEqual(corpus.map((file) => file.name));
  });

  it('of n plans is the first n plans of a larger one, the real plans first and unchanged', () => {
    const small = generateCorpus(reals, { plans: 12, seed: 1 });
    expect(small.filter((file) => file.name.endsWith('.txt'))).toHaveLength(12);
    small.forEach((file, i) => expect(Buffer.from(file.bytes).equals(Buffer.from(corpus[i]!.bytes)), file.name).toBe(true));
    for (const real of reals) {
      const copy = corpus.find((file) => file.name === `${real.id}.txt`)!;
      expect(Buffer.from(copy.bytes).equals(real.txt)).toBe(true);
    }
    expect(generateCorpus(reals, { plans: 5, seed: 1 }).map((file) => file.name)).toEqual(
      reals.flatMap((real) => [`${real.id}.txt`, `${real.id}.yml`]),
    );
  });

  it('ingests every plan without an error or a lost line, and with no more numbering warnings than the real plans have', () => {
    expect(plans).toHaveLength(60);
    const codes = (list: readonly Plan[]) => new Set(list.flatMap((plan) => plan.warnings.map((warning) => warning.code)));
    const realCodes = codes(plans.filter((plan) => !synthetic.includes(plan)));
    for (const plan of synthetic) {
      expect(
        plan.warnings.filter((warning) => warning.code === 'text-not-placed'),
        plan.id,
      ).toEqual([]);
      for (const warning of plan.warnings) expect(realCodes, `${plan.id}: ${warning.code} ${warning.message}`).toContain(warning.code);
    }
  });

  it('names other places, with their own names in the text and none of the model plan’s', () => {
    // A place may have plans for two periods, as real places do.
    const regions = new Set(synthetic.map((plan) => plan.region));
    expect(regions.size).toBeGreaterThanOrEqual(0.8 * synthetic.length);
    expect(new Set(plans.map((plan) => plan.id)).size).toBe(plans.length);
    for (const plan of synthetic) {
      const text = decoder.decode(corpus.find((file) => file.name === `${plan.id}.txt`)!.bytes);
      const place = PLACES.find((candidate) => plan.id.startsWith(`${candidate.pinyin}-`))!;
      expect(text, plan.id).toContain(place.short);
      const sidecar = decoder.decode(corpus.find((file) => file.name === `${plan.id}.yml`)!.bytes);
      const base = BASE_PLANS.find((candidate) => sidecar.includes(`made from ${candidate.id} `))!;
      const own = Object.entries(base.names).filter(([, role]) => role === 'name' || role === 'short');
      for (const [name] of own) expect(text.includes(name), `${plan.id} still says ${name}`).toBe(false);
    }
    const provinces = new Set(synthetic.map((plan) => PLACES.find((place) => plan.id.startsWith(`${place.pinyin}-`))!.province));
    expect(provinces.size).toBeGreaterThanOrEqual(15);
  });

  it('spreads the plans over three five-year periods, with the years and 十X五 of the text moved along', () => {
    const periods = new Set(synthetic.map((plan) => plan.period).filter(Boolean));
    expect([...periods].sort()).toEqual(['十三五', '十五五', '十四五']);
    for (const plan of synthetic.filter((candidate) => candidate.period === '十三五')) {
      expect(plan.years?.[0]).toBe(2016);
      const text = decoder.decode(corpus.find((file) => file.name === `${plan.id}.txt`)!.bytes);
      expect(text, plan.id).toContain('十三五');
      expect(text, plan.id).not.toContain('十五五');
    }
    expect(new Set(synthetic.map((plan) => plan.years?.join('-'))).size).toBeGreaterThanOrEqual(5);
  });

  it('varies the structure: chapters, sections, tables and columns differ from plan to plan', () => {
    const shape = (plan: Plan) =>
      plan.chapters.map((chapter) => `${chapter.title}:${chapter.sections.map((section) => section.title).join('|')}`).join('/');
    expect(new Set(synthetic.map(shape)).size).toBe(synthetic.length);
    const counts = (plan: Plan) => plan.chapters.map((chapter) => chapter.sections.length).join(',');
    expect(new Set(synthetic.map(counts)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(synthetic.map((plan) => plan.tables.length)).size).toBeGreaterThanOrEqual(2);
    expect(synthetic.some((plan) => plan.columns.length > 0)).toBe(true);
    for (const base of BASE_PLANS)
      expect(
        synthetic.some((plan) =>
          decoder.decode(corpus.find((file) => file.name === `${plan.id}.yml`)!.bytes).includes(`made from ${base.id}`),
        ),
        base.id,
      ).toBe(true);
  });
});

describe('shuffleTableRows', () => {
  const table = [
    '表1 主要发展指标',
    '\t指标',
    '\t2020年',
    '\t2025年',
    '',
    '\t学前三年毛入园率',
    '\t99.51',
    '\t99.54%',
    '',
    '\t九年义务教育巩固率',
    '\t99.96',
    '\t100%',
    '',
    '\t高中阶段教育毛入学率',
    '\t95.59',
    '\t97%',
    '',
    '正文。',
  ];

  it('keeps the header, the rows whole and the text around', () => {
    const out = shuffleTableRows([...table], seededRandom(3));
    expect(out.slice(0, 5)).toEqual(table.slice(0, 5));
    expect(out.at(-1)).toBe('正文。');
    const rows = (lines: string[]) => lines.join('\n').split('\n\n').slice(1, -1).sort();
    expect(rows(out)).toEqual(rows(table));
  });

  it('leaves a table alone when a row has a merged (missing) or multi-line cell', () => {
    const merged = [...table];
    merged.splice(10, 1);
    expect(shuffleTableRows([...merged], seededRandom(3))).toEqual(merged);
  });
});

describe('writeCorpus', () => {
  it('refuses to write into the project’s content/', () => {
    expect(() => writeCorpus('content/sources', 6, 1, root)).toThrow(/content\//u);
    expect(() => writeCorpus('content', 6, 1, root)).toThrow(/content\//u);
  });

  it('writes the plans and their sidecars into a temporary folder', () => {
    const dir = join(tempDir('planpress-corpus-'), 'corpus');
    const written = writeCorpus(dir, 8, 1, root);
    expect(readdirSync(dir).filter((name) => name.endsWith('.txt'))).toHaveLength(8);
    expect(written.sourceBytes).toBeGreaterThan(8 * 30_000);
    expect(readFileSync(join(dir, 'zhangye-2026-2030.txt')).equals(readFileSync(join(root, 'content/sources/zhangye-2026-2030.txt')))).toBe(
      true,
    );
  });
});

describe('the corpus past one plan per place and period', () => {
  /** Each file of a corpus, hashed, made one plan at a time as the bench writes it. */
  const digest = (plans: number, seed = 1) =>
    Array.from(corpusFiles(reals, { plans, seed }), (file) => `${file.name} ${createHash('sha256').update(file.bytes).digest('hex')}`);

  it('holds 10,000 plans with unique ids, in the same order for the same seed', () => {
    const ids = corpusPlanIds(reals, { plans: 10_000, seed: 1 });
    expect(ids).toHaveLength(10_000);
    expect(new Set(ids).size).toBe(10_000);
    expect(corpusPlanIds(reals, { plans: 10_000, seed: 1 })).toEqual(ids);
    expect(corpusCapacity(reals)).toBeGreaterThanOrEqual(10_000);
    expect(() => corpusFiles(reals, { plans: corpusCapacity(reals) + 1, seed: 1 }).next()).toThrow(/place table and plan kinds allow/u);
  });

  // Past 1,340 plans the corpus holds plans of other kinds: both sizes reach into them.
  it('is deterministic, its ids those corpusPlanIds gives, and of n plans the first n of a larger one', { timeout: 60_000 }, () => {
    const [small, large] = [digest(1_345), digest(1_400)];
    expect(digest(1_345)).toEqual(small);
    expect(large.slice(0, small.length)).toEqual(small);
    const ids = large.filter((entry) => entry.includes('.txt ')).map((entry) => entry.slice(0, entry.indexOf('.txt ')));
    expect(ids).toEqual(corpusPlanIds(reals, { plans: 1_400, seed: 1 }));
  });

  it('keeps the corpus of up to one plan per place and period as it was: the first 1,335 synthetic plans are education development plans', () => {
    const ids = corpusPlanIds(reals, { plans: 1_400, seed: 1 });
    const kind = new RegExp(`-(?:${PLAN_KINDS.map((planKind) => planKind.slug).join('|')})-`, 'u');
    expect(ids.slice(0, 1_340).filter((id) => kind.test(id))).toEqual([]);
    expect(ids.slice(1_340).every((id) => kind.test(id))).toBe(true);
  });

  it(
    'titles a plan of another kind for its place and period, printed or in the sidecar, and ingests it with no warning the real plans lack',
    { timeout: 60_000 },
    () => {
      const files = [...corpusFiles(reals, { plans: 1_400, seed: 1 })].slice(2 * 1_340);
      const plans = ingestCorpus(files);
      expect(plans).toHaveLength(60);
      const realCodes = new Set(
        ingestCorpus(generateCorpus(reals, { plans: 5, seed: 1 })).flatMap((plan) => plan.warnings.map((w) => w.code)),
      );
      const models = new Set<string>();
      for (const plan of plans) {
        const sidecar = decoder.decode(files.find((file) => file.name === `${plan.id}.yml`)!.bytes);
        models.add(/made from (\S+)/u.exec(sidecar)![1]!);
        const kind = PLAN_KINDS.find((candidate) => plan.id.includes(`-${candidate.slug}-`))!;
        const place = PLACES.find((candidate) => plan.id.startsWith(`${candidate.pinyin}-${kind.slug}-`))!;
        expect(plan.title, plan.id).toBe(kindTitle(kind, place.name, plan.period, plan.years!));
        expect(plan.titleInSource, plan.id).toBeNull();
        expect(plan.region).toBe(place.region);
        expect(
          plan.warnings.filter((warning) => warning.code === 'text-not-placed'),
          plan.id,
        ).toEqual([]);
        for (const warning of plan.warnings) expect(realCodes, `${plan.id}: ${warning.code} ${warning.message}`).toContain(warning.code);
      }
      // Models that print their title (张掖, 白碱滩, the 现代化 plan) and models whose sidecar gives it (东丽, 双河).
      expect(models.size).toBeGreaterThanOrEqual(4);
      expect(new Set(plans.map((plan) => PLAN_KINDS.find((kind) => plan.id.includes(`-${kind.slug}-`))!.slug)).size).toBeGreaterThanOrEqual(
        6,
      );
    },
  );
});

describe('replacePrintedTitle', () => {
  it('replaces the title printed over several lines by one line, and keeps the blank lines before it and the text after', () => {
    const text = '\n 白碱滩区（克拉玛依高新区）教育事业\n改革与发展“十四五”规划\n（2021-2025年）\n为深入贯彻落实……';
    expect(replacePrintedTitle(text, '白碱滩区（克拉玛依高新区）教育事业改革与发展“十四五”规划（2021-2025年）', '新标题')).toBe(
      '\n新标题\n为深入贯彻落实……',
    );
  });

  it('refuses a text that does not open with the title', () => {
    expect(() => replacePrintedTitle('前言\n张掖市“十五五”教育发展规划', '张掖市“十五五”教育发展规划', '新标题')).toThrow(
      /does not open with its title/u,
    );
  });
});
