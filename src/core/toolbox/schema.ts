import { z } from 'zod';
import { kebab, referenceSchema, text } from '../content/schema.js';

import { JOBS, JOB_TITLES, type Job } from './jobs.js';

export { JOBS, JOB_TITLES, type Job };

const tri = z.union([z.boolean(), z.enum(['partial', 'optional', 'unknown'])]);

export const toolboxSchema = z.strictObject({
  id: kebab,
  name: text,
  jobs: z.array(z.enum(JOBS)).min(1),
  summary: text,
  how: z.strictObject({ offline: tri, startsServers: tri, dataSent: text }),
  licence: text,
  cost: z.enum(['free', 'freemium', 'commercial', 'unknown']),
  maturity: z.strictObject({ maintained: z.union([z.boolean(), z.literal('unknown')]), lastRelease: text }),
  limits: z.array(text).default([]),
  fits: z.array(z.enum(['laptop', 'team', 'enterprise'])).min(1),
  controls: z.array(kebab).default([]),
  references: z.array(referenceSchema).min(1),
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type ToolboxEntry = z.output<typeof toolboxSchema>;
