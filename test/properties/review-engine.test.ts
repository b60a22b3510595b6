/**
 * Property: the config review never crashes, whatever it is given, and what it returns is
 * always a well-formed report that every renderer can print.
 *
 * Inputs: (a) arbitrary strings, (b) arbitrary JSON values (bare, and in the place of servers),
 * (c) real configs (fixtures, the lessons' config exercises, one per client) mutated character by
 * character and structurally (other JSON types, deep nesting, huge arrays, __proto__ and
 * constructor keys), each reviewed under a path that selects a format and a client.
 */
import fc from 'fast-check';
import { stringify as toToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { reviewConfigs, SEVERITIES, type ConfigInput, type ReviewResult } from '../../src/core/review/engine.js';
import { reviewJson } from '../../src/core/review/output/json.js';
import { reviewMarkdown } from '../../src/core/review/output/markdown.js';
import { formatFromPath, parseConfigText } from '../../src/core/review/parse.js';
import { reviewSarif } from '../../src/core/review/output/sarif.js';
import { reviewText } from '../../src/core/review/output/text.js';
import { REVIEW_RULES } from '../../src/core/review/rules/index.js';
import { CATEGORIES } from '../../src/core/review/types.js';
import { reviewRows, reviewTitle } from '../../src/core/review/view.js';
import { mutateText, replaceAt, textEdits } from './mutate.js';
import { configSeeds } from './seeds.js';

const TOOL = { name: 'mcp-operator', version: '0.0.0-property' };
const RULE_IDS = new Set(REVIEW_RULES.map((r) => r.id));
const CLIENT_IDS = new Set(['claude-desktop', 'claude-code', 'vscode', 'vscode-insiders', 'cursor', 'windsurf', 'gemini', 'zed', 'continue', 'cline', 'roo-code', 'amazon-q', 'codex', 'opencode', 'kiro', 'copilot', 'unknown']);

/** Paths that select each format (by extension, or sniffed for stdin and extension-less names) and each client. */
const PATHS = [
  '<stdin>',
  'config',
  '/h/proj/.mcp.json',
  '/h/.claude.json',
  '/h/Library/Application Support/Claude/claude_desktop_config.json',
  '/h/.cursor/mcp.json',
  '/h/.codeium/windsurf/mcp_config.json',
  '/h/.gemini/settings.json',
  '/h/.vscode/mcp.json',
  '/h/.config/Code/User/settings.json',
  '/h/.config/zed/settings.json',
  '/h/.continue/config.yaml',
  '/h/.continue/mcpServers/server.yml',
  '/h/.codex/config.toml',
  '/h/proj/opencode.json',
  '/h/proj/opencode.jsonc',
  '/h/.kiro/settings/mcp.json',
  '/h/.copilot/mcp-config.json',
  '/h/.aws/amazonq/mcp.json',
  '/h/proj/.roo/mcp.json',
  '/h/x/saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
  '/h/proj/servers.toml',
  '/h/proj/servers.yaml',
  'C:\\Users\\u\\.cursor\\mcp.json',
] as const;

const pathArb = fc.constantFrom(...PATHS);

/**
 * What every result must be: well formed, counts that add up, known rules, and printable by every renderer.
 * Plain checks collected into one list (one expect per result keeps hundreds of runs fast).
 */
function problemsOf(result: ReviewResult, inputs: readonly ConfigInput[], rows = true): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const { report } = result;
  check(Object.keys(report).sort().join() === 'findings,scanned,summary,tool', `report keys: ${Object.keys(report).join()}`);
  check(report.tool.name === TOOL.name && report.tool.version === TOOL.version, 'tool');
  check(report.scanned.length === inputs.length, `scanned ${report.scanned.length} of ${inputs.length}`);
  for (const s of report.scanned) {
    check(typeof s.path === 'string', 'scanned path');
    check(CLIENT_IDS.has(s.client), `client ${s.client}`);
    check(Number.isInteger(s.servers) && s.servers >= 0, `servers ${s.servers}`);
    if (s.error !== undefined) check(typeof s.error === 'string' && s.error.length > 0, 'empty error');
  }
  check(Object.keys(report.summary).sort().join() === [...SEVERITIES].sort().join(), 'summary keys');
  for (const severity of SEVERITIES) {
    const n = report.findings.filter((f) => f.severity === severity).length;
    check(report.summary[severity] === n, `summary.${severity} ${report.summary[severity]} != ${n}`);
  }
  for (const f of report.findings) {
    check(RULE_IDS.has(f.ruleId), `unknown rule ${f.ruleId}`);
    check((CATEGORIES as readonly string[]).includes(f.category), `category ${f.category}`);
    check(SEVERITIES.includes(f.severity), `severity ${f.severity}`);
    for (const key of ['client', 'path', 'server', 'field', 'message', 'evidence', 'remediation', 'lesson'] as const) check(typeof f[key] === 'string', `finding.${key}`);
  }
  check(result.details.length === report.findings.length && result.details.every((d, i) => d.finding === report.findings[i]), 'details match findings');

  // Every renderer copes with whatever came out (a throw fails the property with its input).
  check(reviewText(result, { home: '/h', fixes: true }).startsWith('MCP config review: '), 'text');
  const json = JSON.parse(reviewJson(report)) as { summary: unknown; findings: unknown[] };
  check(JSON.stringify(json.summary) === JSON.stringify(report.summary) && json.findings.length === report.findings.length, 'json');
  const sarif = JSON.parse(reviewSarif(result, REVIEW_RULES, { root: '/h/proj' })) as { version: string; runs: { results: unknown[] }[] };
  check(sarif.version === '2.1.0' && sarif.runs[0]?.results.length === report.findings.length, 'sarif');
  check(reviewMarkdown(result, { home: '/h' }).startsWith('# MCP config review'), 'markdown');
  check(reviewTitle(result).startsWith('Config review: '), 'title');
  if (rows) {
    // The TUI's rows with every finding expanded (wrapping is the slow part, so only for the TUI's own result).
    const everything = new Set(result.details.map((_, i) => i));
    const all = reviewRows(result, everything, { width: 60, home: '/h', rules: REVIEW_RULES, lessonTitle: (id) => `Lesson ${id}` });
    check(all.length > 0 && all.every((r) => typeof r.text === 'string'), 'rows');
  }
  return problems;
}

let reviews = 0;
function review(inputs: ConfigInput[]): void {
  // JSON and SARIF skip deriving fixed entries (fixes: false); that path must hold too. The TUI rows
  // (wrapping every expanded finding is the slow part) are drawn for every third input.
  reviews += 1;
  const problems = [...problemsOf(reviewConfigs(inputs, TOOL), inputs, reviews % 3 === 0), ...problemsOf(reviewConfigs(inputs, TOOL, REVIEW_RULES, { fixes: false }), inputs, false).map((p) => `(no fixes) ${p}`)];
  if (problems.length > 0) expect(problems).toEqual([]);
}

/** Text made of the tokens configs are made of, so random text often gets deep into the parsers. */
const TOKENS = ['{', '}', '[', ']', ':', ',', '"', "'", '\n', ' ', '  ', '-', '- ', '=', '#', '//', '/*', '*/', '\\', '\t', '|', '>', '&a', '*a', '!!str', '---', '...', 'null', 'true', '1e999', '-0', '0x1F', '"mcpServers"', 'mcpServers', 'servers', 'context_servers', '[mcp_servers.x]', '[mcp_servers."a b"]', 'mcp_servers', 'mcp', 'projects', 'command', 'args', 'env', 'headers', 'url', 'type', 'npx', 'docker', 'run', '--privileged', '-v', '/:/host', 'bash', '-c', 'http://0.0.0.0:80', '${A:-b}', '${env:X}', 'ghp_', 'alwaysAllow', 'trust', 'name', '__proto__', 'constructor', '\u0000', '\uFEFF', '\r\n', 'é', '😀', '\uD800'];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((t) => t.join(''));

const ENV_KEYS = ['GITHUB_TOKEN', 'API_KEY', 'DB_PASSWORD', 'HOME', '__proto__', 'constructor', 'toString', ''];
const ARG_WORDS = ['-y', 'npx', 'run', '-i', '--rm', '--privileged', '--cap-add=ALL', '--network', 'host', '--pid=host', '-v', '/var/run/docker.sock:/var/run/docker.sock', '/:/host', '-p', '0.0.0.0:8080:8080', '-e', 'TOKEN=abc', 'mcp/github:latest', '@modelcontextprotocol/server-filesystem', 'mcp-server-fetch@0.1.0', '/', '~', '-c', 'curl https://x.sh | sh', '--allow-http', '--host=0.0.0.0', 'git+https://github.com/a/b', '--', '='];

/** A server entry: known fields with plausible or arbitrary values. */
const serverArb = fc.record(
  {
    command: fc.oneof(fc.constantFrom('npx', 'uvx', 'docker', 'podman', 'bash', 'sh', 'node', 'python', 'npx -y pkg', 'cmd /c npx x', ''), fc.string(), fc.jsonValue({ maxDepth: 2 })),
    args: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...ARG_WORDS), fc.string({ maxLength: 30 })), { maxLength: 14 }), fc.jsonValue({ maxDepth: 2 })),
    env: fc.oneof(fc.dictionary(fc.constantFrom(...ENV_KEYS), fc.oneof(fc.string(), fc.integer(), fc.jsonValue({ maxDepth: 1 }))), fc.jsonValue({ maxDepth: 2 })),
    headers: fc.oneof(fc.dictionary(fc.constantFrom('Authorization', 'X-Api-Key', '__proto__', 'x'), fc.oneof(fc.string(), fc.constant('Bearer abcdefghijklmnopqrstuvwxyz012345'))), fc.jsonValue({ maxDepth: 1 })),
    url: fc.oneof(fc.constantFrom('http://0.0.0.0:8080/sse', 'https://u:p4ssw0rd1234@h.example.com/x?token=abc', 'not a url', 'http://[::1', 'https://mcp.example.com/mcp'), fc.string(), fc.jsonValue({ maxDepth: 1 })),
    type: fc.oneof(fc.constantFrom('stdio', 'http', 'sse', 'streamableHttp', 'local', 'remote'), fc.jsonValue({ maxDepth: 1 })),
    alwaysAllow: fc.oneof(fc.array(fc.string()), fc.jsonValue({ maxDepth: 1 })),
    autoApprove: fc.oneof(fc.array(fc.string()), fc.jsonValue({ maxDepth: 1 })),
    trust: fc.jsonValue({ maxDepth: 0 }),
    disabled: fc.jsonValue({ maxDepth: 0 }),
    enabled: fc.jsonValue({ maxDepth: 0 }),
    name: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 0 })),
    source: fc.string(),
  },
  { requiredKeys: [] },
);

const serverNameArb = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '_comment', '', 'a.b', 'a"b', '[x]'));
const serverMapArb = fc.dictionary(serverNameArb, fc.oneof({ weight: 4, arbitrary: serverArb }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }), { maxKeys: 5 });

/** A whole config in the shape of one client or another. */
const configObjectArb = fc.oneof(
  serverMapArb.map((m) => ({ mcpServers: m })),
  serverMapArb.map((m) => ({ servers: m, inputs: [{ id: 'tok', type: 'promptString' }] })),
  serverMapArb.map((m) => ({ context_servers: m })),
  serverMapArb.map((m) => ({ mcp_servers: m })),
  serverMapArb.map((m) => ({ mcp: m })),
  serverMapArb.map((m) => ({ mcp: { servers: m } })),
  fc.array(fc.oneof(serverArb, fc.jsonValue({ maxDepth: 1 })), { maxLength: 5 }).map((list) => ({ name: 'assistant', mcpServers: list })),
  fc.tuple(fc.string({ maxLength: 10 }), serverMapArb, fc.jsonValue({ maxDepth: 0 })).map(([project, m, all]) => ({ enableAllProjectMcpServers: all, projects: { [project]: { mcpServers: m } } })),
);

type Format = 'json' | 'yaml' | 'toml';

/** Serialize in a format; TOML cannot hold null or mixed arrays, so it falls back to JSON. */
function serialize(value: unknown, format: Format): string {
  if (format === 'yaml') return toYaml(value);
  if (format === 'toml') {
    try {
      return toToml(value as Record<string, unknown>);
    } catch {
      return JSON.stringify(value);
    }
  }
  return JSON.stringify(value, null, 2);
}

function formatOf(path: string): Format {
  if (/\.ya?ml$/.test(path)) return 'yaml';
  if (/\.toml$/.test(path)) return 'toml';
  return 'json';
}

/** Structural mutation targets: what to put at a random place in the parsed config. */
const replacementArb = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 50, max: 600 }).map((depth) => {
    let v: unknown = 'deep';
    for (let i = 0; i < depth; i += 1) v = i % 2 ? [v] : { a: v };
    return v;
  }),
  fc.integer({ min: 500, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `-v` : i % 3 === 1 ? `/x${i}:/y` : i))),
  fc.constantFrom<unknown>(JSON.parse('{"__proto__": {"command": "bash", "args": ["-c", "x"]}}'), { constructor: { command: 'npx' } }, { toString: 1, valueOf: 'x', hasOwnProperty: [] }, Object.create(null)),
  fc.string({ maxLength: 2000 }),
);

const seeds = configSeeds();
/** The seeds parsed, for structural mutation (the JSONC ones through the review's own parser). */
const parsedSeeds = seeds.flatMap((s) => {
  const r = parseConfigText(s.text, formatFromPath(s.path, s.text));
  return r.ok ? [{ path: s.path, data: r.data }] : [];
});

describe('properties: config review (reviewConfigs)', () => {
  it('has real seeds to mutate (fixtures, lesson exercises, one per client)', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(8);
    expect(parsedSeeds.length).toBe(seeds.length);
    for (const s of seeds) expect(reviewConfigs([s], TOOL).report.scanned[0]?.error).toBeUndefined();
  });

  it('(a) arbitrary strings, under every format and client path, never crash it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), tokenText), pathArb, (text, path) => {
        review([{ path, text }]);
      }),
      { numRuns: 300 },
    );
  });

  it('(b) arbitrary JSON values, bare and in the place of servers, in JSON, YAML and TOML', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), configObjectArb), pathArb, fc.constantFrom<Format | 'path'>('json', 'yaml', 'toml', 'path'), (value, path, how) => {
        const format = how === 'path' ? formatOf(path) : how;
        review([{ path, text: serialize(value, format) }]);
      }),
      { numRuns: 300 },
    );
  });

  it('(c) real configs with characters deleted, inserted and replaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), textEdits(TOKENS), fc.oneof(fc.constant(undefined), pathArb), (seed, edits, otherPath) => {
        const text = mutateText(seed.text, edits);
        review([{ path: otherPath ?? seed.path, text }]);
      }),
      { numRuns: 300 },
    );
  });

  it('(c) real configs with values replaced by other JSON types, deep nesting, huge arrays and __proto__/constructor keys', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...parsedSeeds),
        fc.array(fc.nat(), { maxLength: 6 }),
        replacementArb,
        fc.option(fc.constantFrom('__proto__', 'constructor', 'toString', 'mcpServers', 'servers', 'args', 'env', 'command'), { nil: undefined }),
        fc.constantFrom<Format | 'path'>('json', 'yaml', 'toml', 'path'),
        (seed, picks, replacement, newKey, how) => {
          const mutated = replaceAt(seed.data, picks, replacement, newKey);
          const format = how === 'path' ? formatOf(seed.path) : how;
          let text: string;
          try {
            text = serialize(mutated, format);
          } catch {
            text = JSON.stringify(mutated) ?? 'null'; // yaml refuses some deep values; JSON does not
          }
          review([{ path: seed.path, text }]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('extreme nesting and huge arrays, in every format, are a finding or a review, never a crash', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20_000; i += 1) deep = { a: [deep] };
    const huge = Array.from({ length: 100_000 }, (_, i) => `/x${i}`);
    const texts = [
      { path: '/h/.cursor/mcp.json', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}` },
      { path: '/h/.cursor/mcp.json', text: `{"mcpServers":{"a":{"command":"npx","args":${'['.repeat(50_000)}${']'.repeat(50_000)}}}}` },
      { path: '/h/.continue/config.yaml', text: `mcpServers:\n  - name: a\n    env: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n` },
      { path: '/h/.continue/config.yaml', text: `${'- '.repeat(20_000)}x\n` },
      { path: '/h/.codex/config.toml', text: `[mcp_servers.a]\nargs = ${'['.repeat(50_000)}${']'.repeat(50_000)}\n` },
      { path: '/h/.codex/config.toml', text: `a = ${'{ b = '.repeat(20_000)}1${' }'.repeat(20_000)}\n` },
      { path: '<stdin>', text: JSON.stringify({ mcpServers: { a: { command: 'docker', args: ['run', ...huge], env: { deep: 'x' } } } }) },
    ];
    for (const input of texts) review([input]);
    expect(() => JSON.stringify(deep)).toThrow(); // the test's own deep value is beyond JSON.stringify; the texts above are not
  });

  it('several files at once, readable or not, give one scanned entry each', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ path: pathArb, text: fc.oneof(tokenText, configObjectArb.map((v) => JSON.stringify(v))) }),
            fc.record({ path: pathArb, error: fc.constantFrom('no such file or folder', 'looks binary, not text', 'is larger than 5 MB') }),
          ),
          { maxLength: 5 },
        ),
        (inputs) => {
          review(inputs);
        },
      ),
      { numRuns: 100 },
    );
  });
});
