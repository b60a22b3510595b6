import { z } from 'zod';
import { kebab, referenceSchema, text } from '../content/schema.js';

/**
 * lab.yaml: a hands-on lab beside its lesson (docs/content-format.md, "Labs"). The starting files
 * and the reference solution are files in start/ and solution/ at their real relative paths.
 */

/** A workspace-relative path: forward slashes, no `..`, not absolute, no empty parts. */
export const relativePath = z
  .string()
  .min(1, 'must not be empty')
  .refine((p) => !p.startsWith('/') && !/^[A-Za-z]:/.test(p) && !p.includes('\\'), 'must be a relative path with forward slashes')
  .refine((p) => p.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), 'must not contain empty, "." or ".." parts');

export const FILE_KINDS = ['config', 'shell', 'answers', 'text'] as const;
export type LabFileKind = (typeof FILE_KINDS)[number];

const fileSchema = z.strictObject({
  path: relativePath,
  /** config: an MCP client config the review reads; shell: a script whose launch line starts a server; answers: an answers file for the plan; text: only searched by value-gone. */
  kind: z.enum(FILE_KINDS).optional(),
  /** shell files: the name the goals use for the server its launch line starts. */
  server: z.string().trim().min(1).optional(),
});

const severity = z.enum(['info', 'low', 'medium', 'high', 'critical']);
const ruleId = z.string().regex(/^MCPR-[A-Z]+-\d{3}$/, 'a review rule id such as MCPR-SEC-001');
const riskRuleId = z.string().regex(/^MCP-R\d{2}$/, 'a risk rule id such as MCP-R01');
const serverName = z.string().trim().min(1);
const common = { title: text.optional(), file: relativePath.optional() };

const findingGone = z.strictObject({
  kind: z.literal('finding-gone'),
  rule: ruleId,
  server: serverName,
  /** Only findings at or above this severity count (default: any). */
  minSeverity: severity.optional(),
  ...common,
});

const sameLaunch = z.strictObject({
  kind: z.literal('same-launch'),
  server: serverName,
  /** What must still start: `npm:name`, `pypi:name`, an image name or a URL prefix. Default: what the starting file starts. */
  package: z.string().regex(/^(npm|pypi):\S+$/, 'npm:<name> or pypi:<name>').optional(),
  image: z.string().min(1).optional(),
  url: z.string().regex(/^https?:\/\/\S+$/, 'an http(s) URL').optional(),
  /** The exact version that must run (a rug pull's reviewed version). */
  version: z.string().min(1).optional(),
  /** An argument the server must still be given (the folder it works in, the endpoint a proxy reaches). */
  arg: z.string().min(1).optional(),
  /** A host folder the container must still mount (bind source), read-only or not. */
  mount: z.string().min(1).optional(),
  ...common,
});

const secretPassed = z.strictObject({
  kind: z.literal('secret-passed'),
  server: serverName,
  /** The environment variable (or, for a remote server, the header) the server reads its credential from. */
  variable: z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, 'an environment variable or header name'),
  ...common,
});

const egress = z.strictObject({
  kind: z.literal('egress'),
  server: serverName,
  /** The host the server must still reach, for the message. */
  host: z.string().min(1),
  ...common,
});

const decisions = z.enum(['go', 'go-with-conditions', 'no-go']);
const plan = z
  .strictObject({
    kind: z.literal('plan'),
    title: text.optional(),
    file: relativePath,
    /** Exactly one of: the decisions that pass, a finding that must be absent, a control that must be listed, facts that must stay. */
    decision: z.array(decisions).min(1).optional(),
    absent: riskRuleId.optional(),
    control: kebab.optional(),
    keep: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])).optional(),
  })
  .refine((g) => [g.decision, g.absent, g.control, g.keep].filter((x) => x !== undefined).length === 1, 'set exactly one of decision, absent, control, keep');

const valueGone = z.strictObject({
  kind: z.literal('value-gone'),
  title: text.optional(),
  /** Where the leaked value is in the starting files: that value must be gone from every file of the workspace. */
  file: relativePath,
  server: serverName,
  field: z.string().regex(/^(env|headers)\.[A-Za-z_][A-Za-z0-9_-]*$|^args\[\d+\]$|^url$/, 'env.NAME, headers.NAME, args[N] or url'),
});

export const goalSchema = z.discriminatedUnion('kind', [findingGone, sameLaunch, secretPassed, egress, plan, valueGone]);

export const labSchema = z.strictObject({
  id: kebab,
  lesson: kebab,
  title: text,
  minutes: z.number().int().min(1).max(60).optional(),
  /** One paragraph: the situation and what to change. */
  task: text,
  files: z.array(fileSchema).min(1, 'list the files of the lab'),
  /** The file the e key opens (default: the first file). */
  open: relativePath.optional(),
  goals: z.array(goalSchema).min(1, 'needs at least one goal'),
  hints: z.array(text).length(3, 'needs exactly three hints, from gentle to explicit'),
  /** What the reference solution changes and why (the files are in solution/). */
  solution: text,
  references: z.array(referenceSchema).min(1, 'needs at least one reference'),
});

export type LabYaml = z.output<typeof labSchema>;
export type Goal = z.output<typeof goalSchema>;
export type GoalKind = Goal['kind'];
