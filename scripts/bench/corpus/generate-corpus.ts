/**
 * A synthetic corpus of n plans, as a pure function of the real plans and a seed: the real plans
 * as they are, then plans made from them for other places and periods (see retarget-text.ts) with
 * their chapters, sections and table rows reshuffled (see reshuffle-plan.ts), then, past one plan
 * per place and period (1,335), plans of other kinds (plan-kinds.ts) for the same places and
 * periods, up to 12,015 plans. The same seed gives the same bytes; a corpus of n plans is the
 * first n plans of any larger one. Files come one plan at a time, so a large corpus streams to disk.
 */
import { Document, type YAMLSeq } from 'yaml';
import { decodeSource } from '../../ingest/decode-source.ts';
import { ingestPlan, type PlanSource } from '../../ingest/ingest-plan.ts';
import { readSidecar } from '../../ingest/read-sidecar.ts';
import { cleanLine } from '../../ingest/clean-lines.ts';
import { BASE_PLANS, type BasePlan } from './base-plans.ts';
import { PLACES, type Place } from './places.ts';
import { PLAN_KINDS, kindTitle, type PlanKind } from './plan-kinds.ts';
import { reshufflePlan, type OutlineLines } from './reshuffle-plan.ts';
import { retargetText } from './retarget-text.ts';
import { seededRandom, type Random } from './seeded-random.ts';

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

/** The whole corpus in memory: for tests and small corpora. */
export function generateCorpus(reals: readonly RealPlan[], options: CorpusOptions): CorpusFile[] {
  return [...corpusFiles(reals, options)];
}

/** The corpus's files in order, each plan made only when asked for. */
export function* corpusFiles(reals: readonly RealPlan[], options: CorpusOptions): Generator<CorpusFile> {
  const real = [...reals].sort((a, b) => a.id.localeCompare(b.id)).slice(0, options.plans);
  const models = prepareModels(reals);
  const slots = planSlots(options.seed, models);
  const wanted = options.plans - real.length;
  if (wanted > slots.length)
    throw new Error(
      `a corpus of ${options.plans} plans needs ${wanted} synthetic plans; the place table and plan kinds allow ${slots.length}`,
    );
  for (const plan of real) {
    yield { name: `${plan.id}.txt`, bytes: plan.txt };
    if (plan.yml !== undefined) yield { name: `${plan.id}.yml`, bytes: encoder.encode(plan.yml) };
  }
  for (const slot of slots.slice(0, Math.max(0, wanted))) yield* synthesise(slot, options.seed);
}

/** Most plans a corpus can hold with `reals`: the real plans and one per slot. */
export function corpusCapacity(reals: readonly RealPlan[], seed = 1): number {
  return reals.length + planSlots(seed, prepareModels(reals)).length;
}

interface Model {
  readonly base: BasePlan;
  readonly real: RealPlan;
  readonly lines: readonly string[];
  readonly outline: OutlineLines;
  /** The title the ingest read from the real plan. */
  readonly title: string;
  readonly sidecar: Record<string, unknown>;
}

interface Slot {
  readonly place: Place;
  readonly period: (typeof PERIODS)[number];
  readonly model: Model;
  /** Another kind of plan than the model's own, or null for the model's (an education development plan). */
  readonly kind: PlanKind | null;
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
    return [{ base, real, lines: decodeSource(real.txt).text.split('\n'), outline: plan, title: plan.title, sidecar }];
  });
}

/**
 * Every place and period a model can stand for, in a seeded order, each place–period pair once;
 * then every place, period and other kind of plan, in another seeded order. The first part is the
 * corpus as it was before plan kinds existed, so corpora of up to 1,335 plans keep their bytes.
 */
function planSlots(seed: number, models: readonly Model[]): Slot[] {
  const fitting = (place: Place) => models.filter((model) => model.base.kinds.includes(place.kind));
  const pairs = PLACES.flatMap((place) => PERIODS.map((period) => ({ place, period })));
  const own = seededRandom(seed, 'slots')
    .shuffle(pairs)
    .flatMap(({ place, period }): Slot[] => {
      const models = fitting(place);
      return models.length === 0
        ? []
        : [{ place, period, model: seededRandom(seed, 'model', place.pinyin, period.name).pick(models), kind: null }];
    });
  const triples = pairs.flatMap(({ place, period }) => PLAN_KINDS.map((kind) => ({ place, period, kind })));
  const others = seededRandom(seed, 'slots', 'kinds')
    .shuffle(triples)
    .flatMap(({ place, period, kind }): Slot[] => {
      const models = fitting(place);
      return models.length === 0
        ? []
        : [{ place, period, kind, model: seededRandom(seed, 'model', place.pinyin, period.name, kind.slug).pick(models) }];
    });
  return [...own, ...others];
}

/** The plan ids of a corpus, in order, without making the plans. */
export function corpusPlanIds(reals: readonly RealPlan[], options: CorpusOptions): string[] {
  const real = reals.map((plan) => plan.id).sort((a, b) => a.localeCompare(b));
  const slots = planSlots(options.seed, prepareModels(reals));
  return [...real, ...slots.map((slot) => slotPlan(slot, planRandom(slot, options.seed)).id)].slice(0, options.plans);
}

/** The generator a plan's text is varied with; its first draw is a one-year plan's year. */
function planRandom({ place, period, kind }: Slot, seed: number): Random {
  return kind ? seededRandom(seed, 'plan', place.pinyin, period.name, kind.slug) : seededRandom(seed, 'plan', place.pinyin, period.name);
}

/** A slot's plan id and years (`tongwei-2021-2025`, `tongwei-xueqian-2021-2025`, `ningbo-2023`); a one-year plan's year is `draw`'s first number. */
function slotPlan({ place, period, model, kind }: Slot, draw: Random): { id: string; years: [number, number] } {
  const year = model.base.singleYear ? draw.int(period.years[0], period.years[1]) : null;
  const years: [number, number] = year === null ? [period.years[0], period.years[1]] : [year, year];
  const stem = kind ? `${place.pinyin}-${kind.slug}` : place.pinyin;
  return { id: year === null ? `${stem}-${years[0]}-${years[1]}` : `${stem}-${year}`, years };
}

function synthesise(slot: Slot, seed: number): CorpusFile[] {
  const { place, period, model, kind } = slot;
  const { base } = model;
  const baseYears = (model.sidecar.years as [number, number] | undefined) ?? [2021, 2025];
  const draw = planRandom(slot, seed);
  const { id, years } = slotPlan(slot, draw);
  const retarget = {
    names: base.names,
    place,
    fromYear: baseYears[0],
    toYear: years[0],
    baseYears,
    districtToCounty: Boolean(base.district) && place.kind === 'county',
  };
  let text = retargetText(reshufflePlan(model.lines, model.outline, draw).join('\n'), retarget);
  const sidecar: Record<string, unknown> = {};
  if (kind) {
    const title = kindTitle(kind, place.name, base.singleYear ? null : period.name, years);
    // A title the export prints is printed anew; one the sidecar gives (the export prints none) is given anew.
    if (typeof model.sidecar.title === 'string') sidecar.title = title;
    else text = replacePrintedTitle(text, retargetText(model.title, retarget), title);
  } else if (typeof model.sidecar.title === 'string') sidecar.title = retargetText(model.sidecar.title, retarget);
  sidecar.region = place.region;
  sidecar.period = base.singleYear ? null : period.name;
  sidecar.years = years;
  const document = new Document(sidecar);
  (document.get('years', true) as YAMLSeq).flow = true;
  const yml = `# Synthetic: made from ${base.id} by scripts/bench/corpus (seed ${seed}) for ${place.region}${kind ? `, a ${kind.slug} plan` : ''}; not a real plan.\n${document.toString()}`;
  return [
    { name: `${id}.txt`, bytes: encoder.encode(text) },
    { name: `${id}.yml`, bytes: encoder.encode(yml) },
  ];
}

/** The text with the lines that print `printed` (its first non-blank lines, joined) replaced by one line printing `title`. */
export function replacePrintedTitle(text: string, printed: string, title: string): string {
  const lines = text.split('\n');
  let joined = '';
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = cleanLine(lines[i]!).trim();
    if (line === '' && first < 0) continue;
    if (first < 0) first = i;
    joined += line;
    if (joined === printed) return [...lines.slice(0, first), title, ...lines.slice(i + 1)].join('\n');
    if (!printed.startsWith(joined)) break;
  }
  throw new Error(`the text does not open with its title "${printed}"`);
}
