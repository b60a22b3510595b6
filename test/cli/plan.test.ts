import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempHome } from '../helpers/cli.js';

const ANSWERS = readFileSync(join(process.cwd(), 'test/fixtures/answers/acme-tickets.yaml'), 'utf8');

describe('mcp-operator plan (no questions)', () => {
  it('writes Markdown to stdout from an answers file, and JSON with --format json', async () => {
    const home = tempHome();
    const file = join(home, 'answers.yaml');
    writeFileSync(file, ANSWERS);
    const md = await runCli(['plan', '--answers', file], { home });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Deployment plan: acme-tickets');
    const json = JSON.parse((await runCli(['plan', '--answers', file, '--format', 'json'], { home })).stdout);
    expect(json).toMatchObject({ ruleSetVersion: expect.any(String), rating: expect.any(String), decision: expect.any(String), findings: expect.any(Array), rulesNotTriggered: expect.any(Array), openQuestions: [expect.objectContaining({ question: 'isolation' })], controls: expect.any(Array) });
    expect(json.findings[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), severity: expect.any(String), residualSeverity: expect.any(String), likelihood: expect.any(String), impact: expect.any(String), triggeredBy: expect.any(Array), controls: expect.any(Array) });
    expect(json.findings[0]).toHaveProperty('whatIf');
    expect(json.controls[0]).toMatchObject({ id: expect.any(String), priority: expect.stringMatching(/^P[012]$/), verification: expect.any(String) });
  });

  it('reads JSON answers too, and names every unknown id or value with exit 2', async () => {
    const home = tempHome();
    const file = join(home, 'answers.json');
    writeFileSync(file, JSON.stringify({ source: 'cousin', colour: 'blue', transport: 'stdio' }));
    const r = await runCli(['plan', '--answers', file], { home });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('source: "cousin"');
    expect(r.stderr).toContain('unknown question id "colour"');
    writeFileSync(file, '{ not yaml: [');
    expect((await runCli(['plan', '--answers', file], { home })).code).toBe(2);
  });

  it('--out writes Markdown and a JSON sidecar, mode 0600, and never overwrites silently', async () => {
    const home = tempHome();
    const file = join(home, 'answers.yaml');
    writeFileSync(file, ANSWERS);
    const out = join(home, 'plans', 'acme.md');
    const first = await runCli(['plan', '--answers', file, '--out', out], { home });
    expect(first.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(home, 'plans', 'acme.json'), 'utf8')).server).toBe('acme-tickets');
    const again = await runCli(['plan', '--answers', file, '--out', out], { home });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect((await runCli(['plan', '--answers', file, '--out', out, '--force'], { home })).code).toBe(0);
  });

  it('--scenario pre-answers from a scenario', async () => {
    const home = tempHome();
    const list = JSON.parse((await runCli(['scenarios', '--json'], { home })).stdout);
    const r = await runCli(['plan', '--scenario', list.scenarios[0].id, '--format', 'json'], { home });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).server).toBe(list.scenarios[0].title);
    expect((await runCli(['plan', '--scenario', 'nope'], { home })).code).toBe(2);
  });

  it('--diff shows what changed between two assessments', async () => {
    const home = tempHome();
    const file = join(home, 'answers.yaml');
    writeFileSync(file, ANSWERS);
    await runCli(['plan', '--answers', file, '--out', join(home, 'old.md')], { home });
    writeFileSync(file, ANSWERS.replace('changeControl: latest', 'changeControl: pinned'));
    await runCli(['plan', '--answers', file, '--out', join(home, 'new.md')], { home });
    const d = await runCli(['plan', '--diff', join(home, 'old.json'), join(home, 'new.json')], { home });
    expect(d.code).toBe(0);
    expect(d.stdout).toContain('answer changeControl: latest -> pinned');
    expect(d.stdout).toMatch(/^- MCP-R02/m);
    expect((await runCli(['plan', '--diff', join(home, 'old.json')], { home })).code).toBe(2);
  });

  it('the interview needs a terminal and says what to use instead', async () => {
    const home = tempHome();
    const r = await runCli(['plan'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--answers');
    expect(existsSync(join(home, 'plans'))).toBe(false);
  });
});
