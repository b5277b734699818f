/** Small valid plans for unit tests: zhangye-2026-2030's metadata, with the id, years and chapters a test varies. */
import { planSchema, type Plan } from '../../src/lib/plan-schema.ts';

export function planFixture(id: string, years: [number, number] | null, chapters: [number: string, title: string][]): Plan {
  return planSchema.parse({
    schemaVersion: 1,
    id,
    title: '张掖市“十五五”教育发展规划',
    titleInSource: null,
    region: '甘肃省张掖市',
    period: '十五五',
    years,
    issuer: null,
    source: { file: `content/sources/${id}.txt`, sha256: '0'.repeat(64), encoding: 'utf-8' },
    preamble: [],
    chapters: chapters.map(([number, title], i) => ({
      n: i + 1,
      number,
      numberRestored: false,
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
