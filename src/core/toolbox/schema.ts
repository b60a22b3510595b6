import { z } from 'zod';
import { kebab, referenceSchema, text } from '../content/schema.js';

/** The jobs an MCP operator has tools for. */
export const JOBS = ['config-scanner', 'server-scanner', 'gateway', 'sandbox', 'pinning', 'secrets', 'logging', 'advisories', 'identity', 'test-client', 'reference'] as const;
export type Job = (typeof JOBS)[number];

export const JOB_TITLES: Record<Job, string> = {
  'config-scanner': 'Config scanners',
  'server-scanner': 'Server and tool scanners',
  gateway: 'Gateways and proxies',
  sandbox: 'Container and VM sandboxes',
  pinning: 'Tool pinning and drift detection',
  secrets: 'Secret stores and injection',
  logging: 'Logging and alerting',
  advisories: 'Advisory databases',
  identity: 'Identity and authorization servers',
  'test-client': 'Test clients',
  reference: 'Specification pages and checklists',
};

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
