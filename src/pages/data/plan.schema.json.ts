import type { APIRoute } from 'astro';
import { z } from 'zod';
import { PLAN_SCHEMA_PATH } from '../../lib/paths.ts';
import { openDataResponse } from '../../lib/open-data.ts';
import { planSchema } from '../../lib/plan-schema.ts';
import { describePlanSchema } from '../../lib/plan-schema-descriptions.ts';

describePlanSchema();

/** The JSON Schema (draft 2020-12) of /data/plans/<plan-id>.json, generated from the zod schema the site itself validates with. */
export const GET: APIRoute = ({ site }) => {
  const schema = z.toJSONSchema(planSchema);
  return openDataResponse({
    $schema: schema.$schema,
    $id: new URL(PLAN_SCHEMA_PATH, site).href,
    title: 'PlanPress plan',
    description: '一个规划的完整结构化数据，即 /data/plans/<plan-id>.json；字段说明见 /data/。',
    ...schema,
  });
};
