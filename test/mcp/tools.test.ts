import { loadBuiltInKnowledge } from '../../src/io/knowledge-loader.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlan } from '../../src/app/plans.js';
import type { Catalogue } from '../../src/core/content/types.js';
import { planMarkdown } from '../../src/core/plan/markdown.js';
import { reviewConfigs } from '../../src/core/review/engine.js';
import { reviewJson } from '../../src/core/review/output/json.js';
import { REVIEW_RULES } from '../../src/core/review/rules/index.js';
import { RULES, RULE_SET_VERSION } from '../../src/core/risk/rules/index.js';
import { loadCatalogue } from '../../src/io/content-loader.js';
import { LIMITS } from '../../src/mcp/limits.js';
import { safely } from '../../src/mcp/results.js';
import { CONTENT_PATH } from '../../src/mcp/tools/review.js';
import { call, connect, textOf, TODAY } from './connect.js';

const TOOLS = ['assess_deployment', 'generate_plan', 'review_config', 'explain_finding', 'list_lessons', 'get_lesson', 'quiz_item', 'check_quiz_answer', 'lookup_server', 'recommend_tools'];
const MIXED = readFileSync(join(process.cwd(), 'test/fixtures/review/mixed.mcp.json'), 'utf8');

/** A complete set of answers for a risky deployment (the interview's own values). */
const ANSWERS = {
  server: 'postgres',
  source: 'community-maintained',
  version: '0.3.0',
  capabilities: ['read-only', 'credential-access'],
  dataSensitivity: 'regulated',
  untrustedContent: 'user-supplied',
  environment: 'team',
  client: 'claude-desktop',
  transport: 'stdio',
  package: 'postgres-mcp',
  isolation: 'container',
  image: 'crystaldba/postgres-mcp',
  humanApproval: 'auto-approve-all',
  changeControl: 'latest',
  owner: 'data platform',
};

let client: Client;
let close: () => Promise<void>;
let catalogue: Catalogue;

beforeAll(async () => {
  ({ client, close } = await connect());
  catalogue = await loadCatalogue();
});
afterAll(async () => close());

describe('tools/list', () => {
  it('lists exactly the eight tools, each with a title, schemas and read-only, idempotent, closed-world annotations', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...TOOLS].sort());
    for (const tool of tools) {
      expect(tool.title, tool.name).toBeTruthy();
      expect(tool.description, tool.name).toBeTruthy();
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      expect(tool.annotations, tool.name).toMatchObject({ title: tool.title, readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false });
    }
  });

  it('bounds every string input: content at 1 MiB, ids at 100 characters, answers at 50 keys', async () => {
    const { tools } = await client.listTools();
    const schema = (name: string) => tools.find((t) => t.name === name)?.inputSchema as { properties: Record<string, Record<string, unknown>>; required?: string[] };
    expect(schema('review_config').properties.content).toMatchObject({ type: 'string', maxLength: LIMITS.contentChars });
    expect(schema('review_config').required).toEqual(['content']);
    for (const name of ['explain_finding', 'get_lesson', 'check_quiz_answer']) expect(schema(name).properties.id).toMatchObject({ type: 'string', maxLength: 100 });
    const answers = schema('assess_deployment').properties.answers as { properties: Record<string, unknown>; additionalProperties: unknown };
    expect(Object.keys(answers.properties)).toContain('capabilities');
    expect(answers.properties.source).toMatchObject({ anyOf: [{ enum: ['official', 'vendor', 'community-maintained', 'unknown', 'anonymous'] }, { type: 'null' }] });
    expect(answers.additionalProperties).toBeTruthy();
    const tooMany = Object.fromEntries(Array.from({ length: LIMITS.answerKeys + 1 }, (_, i) => [`k${i}`, 'x']));
    const r = await call(client, 'assess_deployment', { answers: tooMany });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toContain('at most 50 answers');
  });
});

describe('assess_deployment', () => {
  it('rates the answers with the rating, decision and findings of plan --format json', async () => {
    const r = await call(client, 'assess_deployment', { answers: ANSWERS });
    expect(r.isError).toBeFalsy();
    const plan = JSON.parse(JSON.stringify(makePlan(ANSWERS, TODAY)));
    const out = r.structuredContent as Record<string, unknown>;
    expect(out).toEqual({
      server: 'postgres',
      ruleSetVersion: RULE_SET_VERSION,
      rating: plan.rating,
      decision: plan.decision,
      summary: plan.summary,
      findings: plan.findings,
      rulesNotTriggered: plan.rulesNotTriggered,
      openQuestions: [],
    });
    const findings = out.findings as { id: string; triggeredBy: { question: string; answer: string }[] }[];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.triggeredBy.length).toBeGreaterThan(0);
    expect(JSON.parse(textOf(r))).toEqual(out);
  });

  it('turns every factor left out into an open question, counted as the worst case', async () => {
    const r = await call(client, 'assess_deployment', { answers: { source: 'official', transport: 'stdio' } });
    const out = r.structuredContent as { openQuestions: { question: string; why: string }[]; rating: string };
    const open = out.openQuestions.map((q) => q.question);
    expect(open).toEqual(expect.arrayContaining(['capabilities', 'dataSensitivity', 'environment', 'humanApproval', 'isolation', 'changeControl', 'untrustedContent']));
    expect(open).not.toContain('source');
    for (const q of out.openQuestions) expect(q.why.length).toBeGreaterThan(10);
    const empty = await call(client, 'assess_deployment', { answers: {} });
    expect((empty.structuredContent as { openQuestions: unknown[] }).openQuestions).toHaveLength(9);
  });

  it('answers unknown question ids and values with one line each, as a tool error', async () => {
    const r = await call(client, 'assess_deployment', { answers: { colour: 'blue', transport: 'http-private', url: 'ftp://files.example.com', server: 'x'.repeat(90) } });
    expect(r.isError).toBe(true);
    const text = textOf(r);
    expect(text).toContain('unknown question id "colour"');
    expect(text).toContain('give a URL starting with https://');
    expect(text).toContain('keep the name under 80 characters');
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(3);
  });

  it('rejects what is not an answers object through the input schema', async () => {
    for (const answers of ['source: vendor', ['vendor'], { transport: 'carrier-pigeon' }, { server: 'x'.repeat(LIMITS.answerChars + 1) }, { capabilities: ['read-only', 'telepathy'] }]) {
      const r = await call(client, 'assess_deployment', { answers });
      expect(r.isError, JSON.stringify(answers).slice(0, 40)).toBe(true);
      expect(textOf(r)).toContain('assess_deployment');
    }
    const pigeon = await call(client, 'assess_deployment', { answers: { transport: 'carrier-pigeon' } });
    expect(textOf(pigeon)).toContain('must be one of: stdio, http-localhost');
    expect(textOf(pigeon)).toContain('answers.transport');
    const telepathy = await call(client, 'assess_deployment', { answers: { capabilities: ['telepathy'] } });
    expect(textOf(telepathy)).toContain('must be a list of one to 10 of: read-only, file-write');
    const missing = await call(client, 'assess_deployment', {});
    expect(missing.isError).toBe(true);
  });
});

describe('generate_plan', () => {
  it('returns the plan Markdown and the plan JSON exactly as plan --format md and --format json', async () => {
    const r = await call(client, 'generate_plan', { answers: ANSWERS });
    expect(r.isError).toBeFalsy();
    const plan = makePlan(ANSWERS, TODAY);
    const out = r.structuredContent as { markdown: string; plan: unknown };
    expect(out.markdown).toBe(planMarkdown(plan));
    expect(out.plan).toEqual(JSON.parse(JSON.stringify(plan)));
    expect(out.markdown).toContain('postgres');
  });

  it('answers invalid answers with a tool error', async () => {
    const r = await call(client, 'generate_plan', { answers: { transport: 'stdio', sauce: 'hot' } });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toContain('unknown question id "sauce"');
  });
});

describe('review_config', () => {
  it('returns the report of review --format json for the content, and the fixed entries', async () => {
    const r = await call(client, 'review_config', { content: MIXED });
    expect(r.isError).toBeFalsy();
    const expected = reviewConfigs([{ path: CONTENT_PATH, text: MIXED }], { name: 'mcp-operator', version: '9.9.9-test' }, undefined, { knowledge: await loadBuiltInKnowledge() });
    const json = reviewJson(expected.report);
    expect(r.content[0]).toEqual({ type: 'text', text: json });
    expect(r.structuredContent).toEqual(JSON.parse(json));
    const ids = new Set((r.structuredContent as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId));
    for (const id of ['MCPR-PIN-001', 'MCPR-SEC-001', 'MCPR-MNT-001', 'MCPR-TLS-001']) expect(ids).toContain(id);
    expect(r.content).toHaveLength(2);
    expect(textOf(r)).toContain('Fixed entries');
  });

  it('takes a client hint, and reviews YAML and TOML content as well', async () => {
    const vscode = await call(client, 'review_config', { content: JSON.stringify({ servers: { gh: { command: 'npx', args: ['-y', 'server-github'] } } }), client: 'vscode' });
    expect((vscode.structuredContent as { scanned: { client: string }[] }).scanned[0]?.client).toBe('vscode');
    const yaml = await call(client, 'review_config', { content: 'mcpServers:\n  - name: fs\n    command: npx\n    args: ["-y", "@modelcontextprotocol/server-filesystem"]\n', client: 'continue' });
    expect((yaml.structuredContent as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toContain('MCPR-PIN-001');
    const toml = await call(client, 'review_config', { content: '[mcp_servers.fs]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-filesystem"]\n' });
    expect((toml.structuredContent as { scanned: { servers: number }[] }).scanned[0]?.servers).toBe(1);
  });

  it('reports content that does not parse as a finding, never as no servers', async () => {
    const r = await call(client, 'review_config', { content: '{ "mcpServers": { "x": ' });
    expect(r.isError).toBeFalsy();
    const out = r.structuredContent as { findings: { category: string }[]; scanned: { error?: string }[] };
    expect(out.findings[0]?.category).toBe('parse-error');
    expect(out.scanned[0]?.error).toBeTruthy();
  });

  it('survives hostile content: deep nesting, alias bombs, odd shapes and thousands of servers', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`), 'mcpServers: *j'].join('\n');
    const many = JSON.stringify({ mcpServers: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`s${i}`, { command: 'npx', args: ['-y', `pkg${i}`] }])) });
    for (const content of ['['.repeat(500_000), `{"mcpServers": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_001)}`, bomb, 'null', '[]', '42', '\u0000\u0001', JSON.stringify({ mcpServers: { a: null, b: 1, c: [], d: { command: 5, args: 'x', env: [1] } } }), many]) {
      const r = await call(client, 'review_config', { content });
      expect(r.isError, content.slice(0, 30)).toBeFalsy();
      expect(r.structuredContent).toHaveProperty('summary');
    }
  });

  it('refuses empty or oversized content and unknown clients without repeating the content', async () => {
    const big = `{"mcpServers": {}} ${'#'.repeat(LIMITS.contentChars)}`;
    for (const args of [{ content: '' }, { content: big }, { content: '{}', client: 'notepad' }, { client: 'vscode' }]) {
      const r = await call(client, 'review_config', args);
      expect(r.isError).toBe(true);
      expect(textOf(r).length).toBeLessThan(600);
      expect(textOf(r)).not.toContain('####');
    }
  });
});

describe('explain_finding', () => {
  it('explains every review rule with its category, why, fix and lesson', async () => {
    for (const rule of REVIEW_RULES) {
      const r = await call(client, 'explain_finding', { id: rule.id });
      expect(r.isError, rule.id).toBeFalsy();
      const out = r.structuredContent as { kind: string; category: string; why: string; howToFix: string; lesson: { id: string; title: string; uri: string } };
      expect(out).toMatchObject({ kind: 'review-rule', category: rule.category, why: rule.why, howToFix: rule.howToFix });
      expect(out.lesson.id).toBe(rule.lesson);
      expect(catalogue.lessons.find((l) => l.id === rule.lesson)?.title).toBe(out.lesson.title);
      expect(out.lesson.uri).toBe(`lesson://${rule.lesson}`);
    }
  });

  it('explains every risk rule with its statement, controls and lesson, whatever the case of the id', async () => {
    for (const rule of RULES) {
      const r = await call(client, 'explain_finding', { id: rule.id.toLowerCase() });
      const out = r.structuredContent as { id: string; kind: string; why: string; howToFix: string; controls: { id: string }[]; lesson: { id: string; title: string } };
      expect(out).toMatchObject({ id: rule.id, kind: 'risk-rule', why: rule.statement });
      expect(out.controls.map((c) => c.id)).toEqual(rule.controls);
      expect(out.howToFix).toMatch(/^P[012]: /);
      expect(catalogue.lessons.some((l) => l.id === out.lesson.id && l.title === out.lesson.title)).toBe(true);
    }
  });

  it('answers an unknown id with a tool error that says where ids come from', async () => {
    const r = await call(client, 'explain_finding', { id: 'MCPR-NOPE-999' });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toContain('"MCPR-NOPE-999"');
    expect(textOf(r)).toContain('review_config');
    expect(textOf(r)).toContain('assess_deployment');
    expect(textOf(r)).toContain('MCP-R03');
    const long = await call(client, 'explain_finding', { id: 'X'.repeat(101) });
    expect(long.isError).toBe(true);
    expect(textOf(long)).not.toContain('X'.repeat(101));
    expect((await call(client, 'explain_finding', { id: '' })).isError).toBe(true);
  });
});

describe('list_lessons and get_lesson', () => {
  it('lists every track and lesson of the course once', async () => {
    const r = await call(client, 'list_lessons', {});
    const out = r.structuredContent as { tracks: { number: number; minutes: number; lessons: { id: string; minutes: number; areas: string[]; uri: string }[] }[] };
    expect(out.tracks.map((t) => t.number)).toEqual(catalogue.tracks.map((t) => t.number));
    const ids = out.tracks.flatMap((t) => t.lessons.map((l) => l.id));
    expect(ids).toEqual(catalogue.lessons.map((l) => l.id));
    for (const t of out.tracks) expect(t.minutes).toBe(t.lessons.reduce((s, l) => s + l.minutes, 0));
    expect(out.tracks[0]?.lessons[0]?.uri).toBe(`lesson://${ids[0]}`);
  });

  it('gives one lesson as Markdown with its metadata, links as resource URIs', async () => {
    const lesson = catalogue.lessons.find((l) => /\]\(lesson:/.test(l.body)) ?? catalogue.lessons[0];
    if (!lesson) throw new Error('no lessons');
    const r = await call(client, 'get_lesson', { id: lesson.id });
    const out = r.structuredContent as { id: string; title: string; markdown: string; objectives: string[]; references: unknown[]; checks: number };
    expect(out).toMatchObject({ id: lesson.id, title: lesson.title, objectives: lesson.objectives, checks: lesson.checks.length });
    expect(out.markdown.startsWith(`# ${lesson.title}\n`)).toBe(true);
    expect(out.markdown).toMatch(/\]\(lesson:\/\/[a-z0-9-]+\)/);
    expect(out.markdown).not.toMatch(/\]\(lesson:[a-z]/);
    expect(out.references).toHaveLength(lesson.references.length);
  });

  it('answers an unknown lesson id with a tool error naming list_lessons', async () => {
    const r = await call(client, 'get_lesson', { id: 'no-such-lesson' });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toContain('list_lessons');
    expect((await call(client, 'get_lesson', {})).isError).toBe(true);
  });
});

describe('quiz_item and check_quiz_answer', () => {
  it('gives an item without its answer, the same one for the same arguments', async () => {
    const first = await call(client, 'quiz_item', { area: 'isolation', level: 1 });
    const again = await call(client, 'quiz_item', { area: 'isolation', level: 1 });
    expect(first.structuredContent).toEqual(again.structuredContent);
    const item = first.structuredContent as { id: string; area: string; level: number; options: Record<string, unknown>[] };
    expect(item).toMatchObject({ area: 'isolation', level: 1 });
    for (const option of item.options) expect(Object.keys(option).sort()).toEqual(['letter', 'text']);
    expect(item.options.map((o) => o.letter)).toEqual(['A', 'B', 'C', 'D', 'E'].slice(0, item.options.length));
    expect(textOf(first)).not.toMatch(/correct|explanation/);
  });

  it('walks through every item of an area with exclude, then says all were asked', async () => {
    const bank = catalogue.quiz.filter((i) => i.area === 'compliance');
    const asked: string[] = [];
    for (let i = 0; i < bank.length; i += 1) {
      const r = await call(client, 'quiz_item', { area: 'compliance', exclude: asked });
      const out = r.structuredContent as { id: string; remaining: number };
      expect(asked).not.toContain(out.id);
      expect(out.remaining).toBe(bank.length - i - 1);
      asked.push(out.id);
    }
    expect(asked.sort()).toEqual(bank.map((i) => i.id).sort());
    const done = await call(client, 'quiz_item', { area: 'compliance', exclude: asked });
    expect(done.isError).toBe(true);
    expect(textOf(done)).toContain('have been asked');
  });

  it('checks a letter: right or wrong, the right option, the explanations and the lessons', async () => {
    const item = (await call(client, 'quiz_item', { area: 'secure-configuration', level: 2 })).structuredContent as { id: string; options: { letter: string; text: string }[] };
    const bankItem = catalogue.quiz.find((i) => i.id === item.id);
    const rightText = bankItem?.options.find((o) => o.correct)?.text.trim();
    const right = item.options.find((o) => o.text === rightText);
    const wrong = item.options.find((o) => o.text !== rightText);
    if (!right || !wrong) throw new Error('item without a right and a wrong option');
    const yes = await call(client, 'check_quiz_answer', { id: item.id, answer: right.letter.toLowerCase() });
    expect(yes.structuredContent).toMatchObject({ id: item.id, correct: true, chosen: { letter: right.letter }, rightOption: { letter: right.letter, text: rightText } });
    const no = await call(client, 'check_quiz_answer', { id: item.id, answer: wrong.letter });
    const out = no.structuredContent as { correct: boolean; chosen: { explanation: string }; rightOption: { letter: string }; lessons: { id: string; uri: string }[] };
    expect(out.correct).toBe(false);
    expect(out.rightOption.letter).toBe(right.letter);
    expect(out.chosen.explanation.length).toBeGreaterThan(10);
    expect(out.lessons.map((l) => l.id)).toEqual(bankItem?.lessons);
  });

  it('answers bad quiz arguments with tool errors', async () => {
    const id = catalogue.quiz[0]?.id as string;
    for (const [name, args] of [
      ['quiz_item', { area: 'astrology' }],
      ['quiz_item', { level: 4 }],
      ['quiz_item', { exclude: 'all' }],
      ['check_quiz_answer', { id, answer: 'Z' }],
      ['check_quiz_answer', { id, answer: '' }],
      ['check_quiz_answer', { id: 'no-such-item', answer: 'A' }],
      ['check_quiz_answer', { id }],
    ] as const) {
      const r = await call(client, name, args);
      expect(r.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
    }
  });
});

describe('after bad requests', () => {
  it('an unexpected exception in a tool becomes a tool error that does not quote its message', () => {
    const r = safely('review_config', () => {
      throw new TypeError('could not read ghp_Zq8Lm2Xv9Tr4Kw7Pn3Hs6Jd1Fb5Gc0Ya2Ue8');
    });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toContain('TypeError');
    expect(textOf(r)).not.toContain('ghp_');
  });

  it('the server keeps answering', async () => {
    // An unknown tool is a protocol error (-32602), as the MCP specification says, not a tool result.
    await expect(client.callTool({ name: 'no_such_tool', arguments: {} })).rejects.toMatchObject({ code: -32602 });
    await call(client, 'review_config', { content: 7 });
    const { tools } = await client.listTools();
    expect(tools).toHaveLength(TOOLS.length);
    const r = await call(client, 'explain_finding', { id: 'MCPR-SEC-001' });
    expect(r.isError).toBeFalsy();
  });
});
