/** Small valid plans for unit tests: zhangye-2026-2030's metadata, with the id, years and chapters a test varies. */
import { planSchema, type Plan } from '../../src/lib/plan-schema.ts';

export function planFixture(id: string, years: [number, number] | null, chapters: [number: string, title: string][]): Plan {
  return planSchema.parse({
    schemaVersion: 2,
    id,
    title: '张掖市“十五五”教育发展规划',
    titleInSource: null,
    region: '甘肃省张掖市',
    period: '十五五',
    years,
    issuer: null,
    issued: null,
    approval: null,
    notice: null,
    source: { file: `content/sources/${id}.txt`, sha256: '0'.repeat(64), encoding: 'utf-8' },
    printedContents: [],
    preamble: [],
    levels: [
      { style: 'part', role: 'page' },
      { style: 'enumerated', role: 'section' },
    ],
    groups: [],
    chapters: chapters.map(([number, title], i) => ({
      n: i + 1,
      number,
      numberRestored: false,
      style: 'part',
      level: 0,
      group: null,
      title,
      url: `/plans/${id}/${i + 1}/`,
      line: i + 1,
      blocks: [],
      sections: [],
    })),
    tables: [],
    columns: [],
    warnings: [],
  });
}
