import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/core/plan/model.js';
import { escapeMarkdown, planMarkdown } from '../../../src/core/plan/markdown.js';
import { hardenedConfig } from '../../../src/core/plan/hardened-config.js';
import { diffPlans, diffText } from '../../../src/core/plan/diff.js';
import { RULES, RULE_SET_VERSION } from '../../../src/core/risk/rules/index.js';
import { realKnowledge } from '../../helpers/knowledge.js';

const k = realKnowledge();

const base = {
  server: 'acme',
  version: '2.3.1',
  client: 'claude-desktop',
  source: 'community-maintained',
  transport: 'stdio',
  package: 'acme-mcp',
  untrustedContent: 'arbitrary-external',
  changeControl: 'latest',
  capabilities: ['read-only', 'network-egress', 'credential-access'],
  dataSensitivity: 'confidential',
  environment: 'dev-laptop',
  humanApproval: 'partial',
  isolation: 'none',
  owner: 'platform team',
};

describe('plan', () => {
  const plan = buildPlan(base, RULES, RULE_SET_VERSION, '2026-11-23');

  it('holds every section with the required fields', () => {
    expect(plan).toMatchObject({ schema: 'mcp-operator/plan@1', server: 'acme', ruleSetVersion: RULE_SET_VERSION, date: '2026-11-23' });
    expect(['info', 'low', 'medium', 'high', 'critical']).toContain(plan.rating);
    expect(['go', 'go-with-conditions', 'no-go']).toContain(plan.decision);
    expect(plan.answersHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const f of plan.findings) {
      expect(f).toMatchObject({ id: expect.any(String), title: expect.any(String), severity: expect.any(String), residualSeverity: expect.any(String), likelihood: expect.any(String), impact: expect.any(String) });
      expect(f.triggeredBy.length).toBeGreaterThan(0);
    }
    for (const c of plan.controls) expect(c).toMatchObject({ id: expect.any(String), priority: expect.stringMatching(/^P[012]$/), verification: expect.any(String) });
    expect(plan.monitoring.alerts.map((a) => a.signal).join(' ')).toMatch(/tool description/i);
    expect(plan.runbooks.map((r) => r.id)).toEqual(expect.arrayContaining(['leaked-credential', 'prompt-injection-exfiltration', 'malicious-update']));
    expect(plan.reassessmentTriggers.length).toBeGreaterThan(3);
  });

  it('lists missing factors as open questions', () => {
    const { isolation: _i, ...partial } = base;
    const p = buildPlan(partial, RULES, RULE_SET_VERSION, '2026-11-23');
    expect(p.openQuestions.map((q) => q.question)).toEqual(['isolation']);
  });

  it('renders every section in Markdown, escaping user text', () => {
    const hostile = buildPlan({ ...base, server: 'evil](http://x) <script>|# ', owner: '**boss**' }, RULES, RULE_SET_VERSION, '2026-11-23');
    const md = planMarkdown(hostile);
    for (const heading of ['## Executive summary', '## Deployment profile', '## How the rating was derived', '## Findings', '## Prioritised controls', '## Hardened configuration', '## Monitoring plan', '## Incident runbooks', '## Reassessment triggers', '## Residual-risk sign-off']) {
      expect(md).toContain(heading);
    }
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('](http://x)');
    expect(md).not.toContain('**boss**');
    expect(escapeMarkdown('a|b\nc')).toBe('a\\|b c');
  });

  it('is the same for the same answers', () => {
    expect(buildPlan(base, RULES, RULE_SET_VERSION, 'd')).toEqual(buildPlan({ ...base }, RULES, RULE_SET_VERSION, 'd'));
  });
});

describe('hardened configuration', () => {
  it('writes each client its own format, each credential from that client\'s secret mechanism', () => {
    const desktop = JSON.parse(hardenedConfig(base).text);
    expect(desktop.mcpServers.acme.args).toEqual(['-y', 'acme-mcp@2.3.1']);
    const gh = { ...base, server: 'github', package: '', isolation: 'container-hardened' };
    const known = k.byId.get('github');
    const vscode = JSON.parse(hardenedConfig({ ...gh, client: 'vscode' }, known, k).text);
    expect(vscode.inputs[0]).toMatchObject({ type: 'promptString', password: true });
    expect(vscode.servers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN).toBe(`\${input:${vscode.inputs[0].id}}`);
    expect(vscode.servers.github.args.join(' ')).toContain('-e GITHUB_PERSONAL_ACCESS_TOKEN');
    expect(JSON.parse(hardenedConfig({ ...gh, client: 'claude-code' }, known, k).text).mcpServers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN).toBe('${GITHUB_PERSONAL_ACCESS_TOKEN}');
    expect(JSON.parse(hardenedConfig({ ...gh, client: 'cursor' }, known, k).text).mcpServers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN).toBe('${env:GITHUB_PERSONAL_ACCESS_TOKEN}');
    const codex = hardenedConfig({ ...gh, client: 'codex' }, known, k);
    expect(codex.language).toBe('toml');
    expect(codex.text).toContain('env_vars = [ "GITHUB_PERSONAL_ACCESS_TOKEN" ]');
    const claudeDesktop = hardenedConfig(gh, known, k);
    expect(claudeDesktop.text).toContain('--env-file');
    expect(claudeDesktop.text).not.toContain('GITHUB_PERSONAL_ACCESS_TOKEN"');
    // An unknown server gets no invented credential variable.
    expect(JSON.parse(hardenedConfig({ ...base, client: 'claude-code' }).text).mcpServers.acme.env).toBeUndefined();
  });

  it('gives a server that needs the network an egress allow-list, and one that does not --network none', () => {
    const c = hardenedConfig({ ...base, isolation: 'container-hardened', image: 'ghcr.io/acme/mcp@sha256:' + 'a'.repeat(64) });
    const args = JSON.parse(c.text).mcpServers.acme.args as string[];
    expect(args).toEqual(expect.arrayContaining(['--read-only', '--cap-drop', 'ALL', 'no-new-privileges', '--network', 'mcp-egress']));
    expect(args).not.toContain('none');
    expect(args.at(-1)).toContain('@sha256:');
    const offline = hardenedConfig({ ...base, capabilities: ['read-only'], isolation: 'container-hardened', image: 'ghcr.io/acme/mcp@sha256:' + 'a'.repeat(64) });
    expect(JSON.parse(offline.text).mcpServers.acme.args.join(' ')).toContain('--network none');
    const r = hardenedConfig({ ...base, transport: 'http-internet-auth', url: 'https://mcp.acme.example/mcp', client: 'vscode' });
    expect(JSON.parse(r.text).servers.acme).toEqual({ type: 'http', url: 'https://mcp.acme.example/mcp' });
    expect(r.remoteSettings.join(' ')).toMatch(/RFC 8707/);
  });

  it('turns on the server\'s own read-only switch when read-only is the only capability', () => {
    const known = k.byId.get('github');
    const local = hardenedConfig({ ...base, server: 'github', package: '', capabilities: ['read-only'], isolation: 'container-hardened' }, known, k);
    expect(JSON.parse(local.text).mcpServers.github.args.at(-1)).toBe('--read-only');
    expect(local.applied[0]?.switch).toBe('--read-only');
    const remote = hardenedConfig({ ...base, server: 'github', capabilities: ['read-only'], transport: 'http-internet-auth', client: 'vscode' }, known, k);
    expect(remote.text).toMatch(/readonly/i);
  });

  it('with isolation none and a published image, recommends the container and shows the as-is entry with its residual risk', () => {
    const known = k.byId.get('github');
    const h = hardenedConfig({ ...base, server: 'github', package: '', isolation: 'none' }, known, k);
    expect(h.mode).toBe('container');
    expect(h.asIs?.text).toBeDefined();
    expect(h.asIs?.residual).toMatch(/as you/);
  });
});

describe('plan diff', () => {
  it('shows findings added, removed and re-rated, and the decision', () => {
    const before = buildPlan(base, RULES, RULE_SET_VERSION, 'd1');
    const after = buildPlan({ ...base, changeControl: 'pinned' }, RULES, RULE_SET_VERSION, 'd2');
    const d = diffPlans(before, after);
    expect(d.answers).toEqual([{ question: 'changeControl', old: 'latest', new: 'pinned' }]);
    expect(d.removed.map((f) => f.id)).toContain('MCP-R02');
    expect(diffText(d)).toContain('- MCP-R02');
  });
});
