/**
 * The open data states only what the plans print: every cell of every table CSV and every value
 * of /data/indicators.csv stands in the printed cell it claims (or repeats a merged cell recorded
 * as a span), and every line a plan prints is on its pages.
 */
import { readFileSync } from 'node:fs';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { cleanLines } from '../../scripts/ingest/clean-lines.ts';
import { decodeSource } from '../../scripts/ingest/decode-source.ts';
import { segmentBlocks } from '../../scripts/ingest/segment-blocks.ts';
import { ACCOUNTED_OMISSION_CODES } from '../../scripts/ingest/source-line.ts';
import { chapterPath, planPath, tableCsvPath } from '../../src/lib/paths.ts';
import type { Plan, Table } from '../../src/lib/plan-schema.ts';
import { parseCsv } from '../open-data/parse-csv.ts';
import { builtFile, readPage, selectOne } from './built-site.ts';
import { inject } from 'vitest';

const { contentDir, distDir } = inject('plansSite');
const plans = readPlans(contentDir);
const squeeze = (text: string) => text.replace(/\s+/gu, '');

function sourceLines(plan: Plan) {
  return cleanLines(decodeSource(readFileSync(plan.source.file)).text);
}

/** The cells each table printed, by the raw line its plan.json `line` names (caption or first cell). */
function printedCells(plan: Plan): Map<number, string[][][]> {
  const cells = new Map<number, string[][][]>();
  for (const segment of segmentBlocks(sourceLines(plan)).segments) {
    if (segment.kind === 'table') cells.set(segment.caption?.line ?? segment.table.firstLine, segment.table.cellLines);
  }
  return cells;
}

/** The text a CSV cell must match: what was printed there, or, under a span, what its top cell printed. */
function expectedCell(table: Table, printed: string[][][], row: number, col: number): string {
  const span = table.spans.find((candidate) => candidate.col === col && row > candidate.row && row < candidate.row + candidate.rowSpan);
  return squeeze((printed[span ? span.row : row]?.[col] ?? []).join(''));
}

function readCsv(urlPath: string): string[][] {
  return parseCsv(readFileSync(builtFile(distDir, urlPath), 'utf8').replace(/^\uFEFF/u, ''));
}

describe.each(plans.map((plan) => [plan.id, plan] as const))('%s', (_, plan) => {
  const printed = printedCells(plan);

  test.each(plan.tables.map((table) => [table.n, table] as const))(
    'table %i: every CSV cell is the cell printed there, or a recorded merge',
    (_, table) => {
      const cells = printed.get(table.line)!;
      expect(cells, `no printed table at line ${table.line}`).toBeDefined();
      const [, ...body] = readCsv(tableCsvPath(plan.id, table.n));
      expect(body).toHaveLength(table.rows.length);
      body.forEach((row, r) => row.forEach((cell, c) => expect(squeeze(cell), `row ${r} col ${c}`).toBe(expectedCell(table, cells, r, c))));
    },
  );

  test('every printed line is on its pages', () => {
    const pages = [planPath(plan.id), ...plan.chapters.map((chapter) => chapterPath(plan.id, chapter.n))];
    const text = squeeze(pages.map((path) => toText(selectOne('main', readPage(distDir, path), path))).join(''));
    const accounted = new Set(plan.warnings.filter((warning) => ACCOUNTED_OMISSION_CODES.has(warning.code)).map((warning) => warning.line));
    const missing = sourceLines(plan).filter(
      (line) =>
        squeeze(line.text) !== '' && !/^[(（)）]$/u.test(line.text) && !accounted.has(line.line) && !text.includes(squeeze(line.text)),
    );
    expect(missing.map((line) => `${line.line}: ${line.text.slice(0, 40)}`)).toEqual([]);
  });
});

test('every value in /data/indicators.csv is the cell printed under its year, in the row it names', () => {
  const [header = [], ...rows] = readCsv('/data/indicators.csv');
  const at = (name: string) => header.indexOf(name);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const plan = plans.find((candidate) => candidate.id === row[at('plan')])!;
    const table = plan.tables[Number(row[at('table')]) - 1]!;
    const cells = printedCells(plan).get(table.line)!;
    const r = Number(row[at('row')]);
    for (const kind of ['baseline', 'target']) {
      const year = row[at(`${kind}_year`)];
      if (year === '') continue;
      const col = table.header.findIndex((cell) => cell.includes(`${year}年`));
      expect(col, `${plan.id} table ${table.n}: no ${year}年 column`).toBeGreaterThanOrEqual(0);
      expect(squeeze(row[at(`${kind}_raw`)]!), `${plan.id} table ${table.n} row ${r} ${kind}`).toBe(
        squeeze((cells[r]?.[col] ?? []).join('')),
      );
    }
  }
});
