import { z } from 'zod';
import { kebab, referenceSchema, text } from '../content/schema.js';

import { CAPABILITIES, ECOSYSTEMS, type Capability, type Ecosystem } from './constants.js';

export { CAPABILITIES, ECOSYSTEMS, type Capability, type Ecosystem };

const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date (YYYY-MM-DD)');
const nameList = z.array(z.string().trim().min(1)).optional();

const toolSchema = z.strictObject({
  name: text,
  kind: z.enum(['tool', 'group']).default('tool'),
  capability: z.enum(CAPABILITIES, { message: `must be one of ${CAPABILITIES.join(', ')}` }),
  readsOutsideContent: z.boolean().default(false),
  note: text.optional(),
});

const switchSchema = z.strictObject({
  name: text,
  kind: z.enum(['flag', 'env', 'arg', 'header', 'url', 'config']),
  syntax: text,
  effect: text,
  readOnly: z.boolean().optional(),
  limits: z.array(z.enum(CAPABILITIES)).optional(),
});

const maliciousSchema = z.strictObject({
  versions: text,
  ecosystem: z.enum(['npm', 'PyPI']),
  package: text,
  note: text,
  reference: z.string().regex(/^https:\/\/\S+$/, 'must be an https URL'),
});

export const serverSchema = z
  .strictObject({
    id: kebab,
    name: text,
    aliases: z.array(z.string().trim().toLowerCase().min(1)).default([]),
    summary: text,
    publisher: z.strictObject({
      name: text,
      kind: z.enum(['reference', 'vendor', 'community']),
      verify: z
        .strictObject({
          repository: z.string().regex(/^https:\/\/\S+$/).optional(),
          registry: text.optional(),
          npmScope: text.optional(),
          pypiOwner: text.optional(),
          note: text.optional(),
        })
        .refine((v) => Object.keys(v).length > 0, 'name at least one way to verify the publisher'),
    }),
    identifiers: z
      .strictObject({ npm: nameList, pypi: nameList, oci: nameList, remote: nameList, binary: nameList })
      .refine((ids) => Object.values(ids).some((list) => (list?.length ?? 0) > 0), 'needs at least one identifier'),
    status: z.strictObject({
      state: z.enum(['active', 'deprecated', 'archived']),
      since: isoDate.optional(),
      successor: text.optional(),
      note: text.optional(),
      malicious: z.array(maliciousSchema).optional(),
    }),
    transports: z.array(z.enum(['stdio', 'streamable-http', 'sse'])).min(1, 'name at least one transport'),
    tools: z.array(toolSchema).min(1, 'list its tools or tool groups, each with a capability class'),
    switches: z.array(switchSchema).default([]),
    credential: z
      .strictObject({
        name: text,
        kind: z.enum(['env', 'header', 'oauth', 'arg', 'file', 'none']),
        smallestScopes: text.optional(),
      })
      .optional(),
    incidents: z
      .array(z.strictObject({ date: isoDate, title: text, summary: text, reference: z.string().regex(/^https:\/\/\S+$/) }))
      .default([]),
    references: z.array(referenceSchema).min(1, 'needs at least one reference (its README or source)'),
    checked: isoDate,
  });

export type KnownServer = z.output<typeof serverSchema>;
export type ServerTool = KnownServer['tools'][number];
export type ServerSwitch = KnownServer['switches'][number];


const eventSchema = z.union([
  z.looseObject({ introduced: z.string() }),
  z.looseObject({ fixed: z.string() }),
  z.looseObject({ last_affected: z.string() }),
  z.looseObject({ limit: z.string() }),
]);

/** An OSV record (https://ossf.github.io/osv-schema/), loose: unknown fields are kept and ignored. */
export const osvSchema = z.looseObject({
  id: z.string().trim().min(1).max(200),
  aliases: z.array(z.string()).optional(),
  summary: z.string().max(2000).optional(),
  details: z.string().max(20000).optional(),
  published: z.string().optional(),
  modified: z.string().optional(),
  withdrawn: z.string().optional(),
  affected: z
    .array(
      z.looseObject({
        package: z.looseObject({ ecosystem: z.string(), name: z.string().min(1).max(300) }).optional(),
        ranges: z.array(z.looseObject({ type: z.string(), events: z.array(eventSchema) })).optional(),
        versions: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  references: z.array(z.looseObject({ type: z.string().optional(), url: z.string() })).optional(),
  database_specific: z.looseObject({ severity: z.string().optional(), source: z.string().optional(), checked: z.string().optional() }).optional(),
});
export type OsvRecord = z.output<typeof osvSchema>;
