import { expect, test } from 'vitest';
import { z } from 'zod';
import { describePlanSchema } from '../../src/lib/plan-schema-descriptions.ts';
import { planSchema } from '../../src/lib/plan-schema.ts';

type JsonSchema = { description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema };

test('the JSON Schema describes every field of the plan, its groups, chapters, sections, tables and columns', () => {
  describePlanSchema();
  const schema = z.toJSONSchema(planSchema) as JsonSchema;
  const properties = (of: JsonSchema | undefined) => Object.entries(of?.properties ?? {});
  const undescribed = (path: string, of: JsonSchema | undefined) =>
    properties(of)
      .filter(([, field]) => !field.description)
      .map(([name]) => `${path}.${name}`);
  const item = (name: string) => schema.properties?.[name]?.items;
  const chapters = item('chapters');
  expect([
    ...undescribed('plan', schema),
    ...undescribed('groups[]', item('groups')),
    ...undescribed('chapters[]', chapters),
    ...undescribed('chapters[].sections[]', chapters?.properties?.sections?.items),
    ...undescribed('tables[]', item('tables')),
    ...undescribed('columns[]', item('columns')),
  ]).toEqual([]);
  expect(chapters?.properties?.number?.description).toMatch(/null for a part printed without one/u);
  expect(item('tables')?.properties?.chapter?.description).toMatch(/null before the first division/u);
});
