/**
 * A synthetic corpus of n plans, as a pure function of the real plans and a seed: the real plans
 * as they are, then plans made from them for other places and periods (see retarget-text.ts) with
 * their chapters, sections and table rows reshuffled (see reshuffle-plan.ts). The same seed gives
 * the same bytes; a corpus of n plans is the first n plans of any larger one.
 */
import { Document, type YAMLSeq } from 'yaml';
import { decodeSource } from '../../ingest/decode-source.ts';
import { ingestPlan, type PlanSource } from '../../ingest/ingest-plan.ts';
import { readSidecar } from '../../ingest/read-sidecar.ts';
import { BASE_PLANS, type BasePlan } from './base-plans.ts';
import { PLACES, type Place } from './places.ts';
import { reshufflePlan, type OutlineLines } from './reshuffle-plan.ts';
import { retargetText } from './retarget-text.ts';
import { seededRandom } from './seeded-random.ts';

/** The five-year periods a synthetic plan is drawn for. */
export const PERIODS: ReadonlyArray<{ readonly name: string; readonly years: readonly [number, number] }> = [
  { name: '十三五', years: [2016, 2020] },
  { name: '十四五', years: [2021, 2025] },
  { name: '十五五', years: [2026, 2030] },
];

/** One file of a corpus: `<plan-id>.txt` or `<plan-id>.yml`. */
export interface CorpusFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface CorpusOptions {
  /** Number of plans, the real ones included. */
  readonly plans: number;
  readonly seed: number;
}

/** The real plans, read by the caller: the files of content/sources/ with their ids. */
export interface RealPlan {
  readonly id: string;
  readonly txt: Uint8Array;
  readonly yml?: string;
}

const encoder = new TextEncoder();

export function generateCorpus(reals: readonly RealPlan[], options: CorpusOptions): CorpusFile[] {
  const files: CorpusFile[] = [];
  const real = [...reals].sort((a, b) => a.id.localeCompare(b.id)).slice(0, options.plans);
  for (const plan of real) {
    files.push({ name: `${plan.id}.txt`, bytes: plan.txt });
    if (plan.yml !== undefined) files.push({ name: `${plan.id}.yml`, bytes: encoder.encode(plan.yml) });
  }
  const models = prepareModels(reals);
  const slots = planSlots(options.seed, models);
  const wanted = options.plans - real.length;
  if (wanted > slots.length)
    throw new Error(`a corpus of ${options.plans} plans needs ${wanted} synthetic plans; the place table allows ${slots.length}`);
  for (const slot of slots.slice(0, Math.max(0, wanted))) files.push(...synthesise(slot, options.seed));
  return files;
}

interface Model {
  readonly base: BasePlan;
  readonly real: RealPlan;
  readonly lines: readonly string[];
  readonly outline: OutlineLines;
  readonly sidecar: Record<string, unknown>;
}

interface Slot {
  readonly place: Place;
  readonly period: (typeof PERIODS)[number];
  readonly model: Model;
}

/** Each described real plan, read once by the ingest itself: its lines and where its headings are. */
function prepareModels(reals: readonly RealPlan[]): Model[] {
  return BASE_PLANS.flatMap((base) => {
    const real = reals.find((plan) => plan.id === base.id);
    if (!real) return [];
    const source: PlanSource = {
      file: `${real.id}.txt`,
      bytes: real.txt,
      sidecar: real.yml === undefined ? undefined : { file: `${real.id}.yml`, text: real.yml },
    };
    const { plan } = ingestPlan(source);
    const sidecar = real.yml === undefined ? {} : (readSidecar(real.yml, `${real.id}.yml`) as Record<string, unknown>);
    return [{ base, real, lines: decodeSource(real.txt).text.split('\n'), outline: plan, sidecar }];
  });
}

/** Every place and period a model can stand for, in a seeded order; each place–period pair once. */
function planSlots(seed: number, models: readonly Model[]): Slot[] {
  const random = seededRandom(seed, 'slots');
  const pairs = PLACES.flatMap((place) => PERIODS.map((period) => ({ place, period })));
  return random.shuffle(pairs).flatMap(({ place, period }) => {
    const fitting = models.filter((model) => model.base.kinds.includes(place.kind));
    return fitting.length === 0 ? [] : [{ place, period, model: seededRandom(seed, 'model', place.pinyin, period.name).pick(fitting) }];
  });
}

function synthesise({ place, period, model }: Slot, seed: number): CorpusFile[] {
  const { base } = model;
  const baseYears = (model.sidecar.years as [number, number] | undefined) ?? [2021, 2025];
  const draw = seededRandom(seed, 'plan', place.pinyin, period.name);
  const years: [number, number] = base.singleYear
    ? (([y]) => [y, y] as [number, number])([draw.int(period.years[0], period.years[1])])
    : [period.years[0], period.years[1]];
  const id = base.singleYear ? `${place.pinyin}-${years[0]}` : `${place.pinyin}-${years[0]}-${years[1]}`;
  const retarget = {
    names: base.names,
    place,
    fromYear: baseYears[0],
    toYear: years[0],
    baseYears,
    districtToCounty: Boolean(base.district) && place.kind === 'county',
  };
  const text = retargetText(reshufflePlan(model.lines, model.outline, draw).join('\n'), retarget);
  const sidecar: Record<string, unknown> = {};
  if (typeof model.sidecar.title === 'string') sidecar.title = retargetText(model.sidecar.title, retarget);
  sidecar.region = place.region;
  sidecar.period = base.singleYear ? null : period.name;
  sidecar.years = years;
  const document = new Document(sidecar);
  (document.get('years', true) as YAMLSeq).flow = true;
  const yml = `# Synthetic: made from ${base.id} by scripts/bench/corpus (seed ${seed}) for ${place.region}; not a real plan.\n${document.toString()}`;
  return [
    { name: `${id}.txt`, bytes: encoder.encode(text) },
    { name: `${id}.yml`, bytes: encoder.encode(yml) },
  ];
}
