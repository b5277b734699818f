/** The downloads of /data/ as built: indicators.csv against the tables on the pages, the plan JSON Schema against every plan. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { CATALOGUE_DATA_PATH, INDICATORS_CSV_PATH, OPEN_DATA_PATH, PLAN_SCHEMA_PATH, planDataPath } from '../../src/lib/paths.ts';
import { INDICATOR_CSV_COLUMNS } from '../../src/lib/indicators/indicators-csv.ts';
import { builtFile, builtSites, collapse, readJson, readPage, selectOne, textOf } from '../site/built-site.ts';
import { parseCsv } from './parse-csv.ts';
import { headerCells, tableRows } from './table-rows.ts';

describe.each(builtSites())('%s', (_, { contentDir, distDir }) => {
  const plans = readPlans(contentDir);
  const bytes = readFileSync(builtFile(distDir, INDICATORS_CSV_PATH));
  const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)));
  const field = (row: string[], name: string) => row[header!.indexOf(name)] ?? '';

  test('indicators.csv is UTF-8 with a BOM, one row per indicator row of every plan', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header).toEqual(INDICATOR_CSV_COLUMNS.map((column) => column.name));
    const indicators = plans.flatMap((plan) =>
      plan.tables.flatMap((table) => table.indicators.map((indicator) => `${plan.id}/${table.n}/${indicator.row}`)),
    );
    expect(rows.map((row) => `${field(row, 'plan')}/${field(row, 'table')}/${field(row, 'row')}`).sort()).toEqual(indicators.sort());
  });

  test('every row of indicators.csv agrees with its row of the table on the chapter page', () => {
    for (const row of rows) {
      const url = new URL(field(row, 'url'), 'http://site.invalid');
      const where = `${field(row, 'url')} row ${field(row, 'row')}`;
      const table = selectOne('table', selectOne(`[id="${url.hash.slice(1)}"]`, readPage(distDir, url.pathname), where), where);
      const cells = tableRows(table)[Number(field(row, 'row'))];
      const header = headerCells(table);
      expect(cells, where).toBeDefined();
      const unit = field(row, 'unit');
      const name = field(row, 'name');
      expect(
        cells!.some((cell) => cell === name || cell === `${name}（${unit}）` || cell === `${name}(${unit})`),
        `${where}: name ${name}`,
      ).toBe(true);
      if (unit !== '')
        expect(
          cells!.some((cell) => cell === unit || cell.endsWith(`（${unit}）`) || cell.endsWith(`(${unit})`)),
          `${where}: unit`,
        ).toBe(true);
      for (const text of [field(row, 'category'), field(row, 'attribute')].filter((text) => text !== ''))
        expect(cells, where).toContain(text);
      for (const which of ['baseline', 'target']) {
        const year = field(row, `${which}_year`);
        if (year === '') continue;
        expect(cells![header.indexOf(`${year}年`)], `${where}: ${which}`).toBe(collapse(field(row, `${which}_raw`)));
      }
    }
  });

  test('every plan’s JSON is valid against /data/plan.schema.json, and a broken one is not', () => {
    const schema = readJson(distDir, PLAN_SCHEMA_PATH) as { $schema: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    for (const plan of plans) {
      const data = readJson(distDir, planDataPath(plan.id));
      expect(validate(data) ? [] : validate.errors, plan.id).toEqual([]);
    }
    const [first] = plans;
    const broken = { ...first, id: 'Not An Id', chapters: [{ n: 0 }], tables: undefined };
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(expect.arrayContaining(['/id', '/chapters/0/n']));
  });

  test('/data/ links to every download and to each plan’s JSON, and documents every CSV column', () => {
    const page = readPage(distDir, OPEN_DATA_PATH);
    const hrefs = selectAll('main a[href]', page).map((a) => String(a.properties.href));
    expect(hrefs).toEqual(
      expect.arrayContaining([CATALOGUE_DATA_PATH, INDICATORS_CSV_PATH, PLAN_SCHEMA_PATH, ...plans.map((plan) => planDataPath(plan.id))]),
    );
    const documented = selectAll('.csv-columns tbody th', page).map(textOf);
    expect(documented).toEqual(INDICATOR_CSV_COLUMNS.map((column) => column.name));
  });
});
