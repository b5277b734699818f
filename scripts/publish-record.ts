/**
 * `npm run publish-record [-- <plan-id> …]`: after an ingest, record what each public link of the
 * plans (all, or those named) shows now, in content/published/<plan-id>.json. Run it when an
 * edition is published; the next ingest keeps every recorded link on its passage, or on a note.
 *
 *   node scripts/publish-record.ts [--plans DIR] [--published DIR] [<plan-id> …]
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/build-env.ts';
import { planSchema } from '../src/lib/plan-schema.ts';
import { planUnits, publishRecordOf, type PublishRecord } from './ingest/publish-record.ts';
import type { RetiredKey } from './ingest/reconcile-editions.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    plans: { type: 'string', default: contentDir() },
    published: { type: 'string', default: 'content/published' },
  },
});

const ids =
  positionals.length > 0
    ? positionals
    : readdirSync(options.plans)
        .filter((name) => existsSync(join(options.plans, name, 'plan.json')))
        .sort();
mkdirSync(options.published, { recursive: true });
for (const id of ids) {
  const dir = join(options.plans, id);
  if (!existsSync(join(dir, 'plan.json'))) {
    console.error(`error: ${id}: no ${join(dir, 'plan.json')}; run npm run ingest first, and check the id`);
    process.exitCode = 1;
    continue;
  }
  const plan = planSchema.parse(JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')));
  const oldLinks = join(dir, 'old-links.json');
  const retired = existsSync(oldLinks) ? (JSON.parse(readFileSync(oldLinks, 'utf8')) as { retired: RetiredKey[] }).retired : [];
  const units = planUnits(plan);
  const record = publishRecordOf(plan.id, basename(plan.source.file), units, retired);
  writeFileSync(join(options.published, `${plan.id}.json`), formatRecord(record));
  console.log(
    `${plan.id}: ${units.length} links recorded, ${retired.length} retired kept, in ${join(options.published, `${plan.id}.json`)}`,
  );
}

/** One unit a line, so that an edition's record reads as a diff of its links. */
function formatRecord(record: PublishRecord): string {
  const { units, ...head } = record;
  const opening = JSON.stringify(head).slice(0, -1);
  return `${opening},"units":[\n${units.map((unit) => JSON.stringify(unit)).join(',\n')}\n]}\n`;
}
